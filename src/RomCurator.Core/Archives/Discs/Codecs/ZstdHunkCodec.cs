using SharpCompress.Compressors.ZStandard;

namespace RomCurator.Core.Archives.Discs.Codecs;

/// <summary>The "zstd" codec: one Zstandard frame that must expand to exactly the destination.</summary>
public sealed class ZstdHunkCodec : IHunkCodec, IDisposable
{
    private readonly Decompressor decompressor = new();

    public void Decompress(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        int written;
        try
        {
            written = decompressor.Unwrap(source, destination);
        }
        catch (Exception error) when (error is not OutOfMemoryException and not InvalidDataException)
        {
            throw new InvalidDataException($"Zstandard data is damaged ({error.Message})", error);
        }

        if (written != destination.Length)
        {
            throw new InvalidDataException($"Zstandard data expands to {written} of {destination.Length} bytes");
        }
    }

    public void Dispose() => decompressor.Dispose();
}
