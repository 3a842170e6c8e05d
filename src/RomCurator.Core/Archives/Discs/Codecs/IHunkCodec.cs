namespace RomCurator.Core.Archives.Discs.Codecs;

/// <summary>
/// Decompresses one CHD hunk (or one part of a CD hunk) into exactly <c>destination.Length</c> bytes; damaged
/// data throws <see cref="InvalidDataException"/>. One instance is used by one thread at a time.
/// </summary>
public interface IHunkCodec
{
    void Decompress(ReadOnlySpan<byte> source, Span<byte> destination);
}
