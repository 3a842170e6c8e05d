using System.IO.Compression;

namespace RomCurator.Core.Archives.Discs.Codecs;

/// <summary>The "zlib" codec: a raw deflate stream (no zlib header) that must fill the destination exactly.</summary>
public sealed class ZlibHunkCodec : IHunkCodec
{
    public unsafe void Decompress(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        fixed (byte* pointer = source)
        {
            using var input = new UnmanagedMemoryStream(pointer, source.Length);
            using var inflater = new DeflateStream(input, CompressionMode.Decompress);
            HunkStreams.Fill(inflater, destination, "deflate");
        }
    }
}
