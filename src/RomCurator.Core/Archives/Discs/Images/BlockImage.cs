namespace RomCurator.Core.Archives.Discs.Images;

/// <summary>
/// A disc image stored as equal blocks each compressed on its own (CSO, ZSO, GCZ): its size, block size and block
/// count, and a way to decode block <c>i</c> into a buffer. <see cref="BlockImageStream"/> reads it front to back.
/// </summary>
public abstract class BlockImage(Stream file, long size, int blockSize, long blockCount)
{
    protected Stream File { get; } = file;

    public long Size { get; } = size;

    public int BlockSize { get; } = blockSize;

    public long BlockCount { get; } = blockCount;

    /// <summary>The compressed bytes of the file behind the image (for the compression ratio).</summary>
    public long CompressedSize => File.Length;

    /// <summary>Fills <paramref name="destination"/> (the block's length: the block size, shorter for the last) with block <paramref name="block"/>.</summary>
    public abstract void ReadBlock(long block, Span<byte> destination);

    protected byte[] ReadRaw(long offset, int length, long block)
    {
        if (offset < 0 || length < 0 || offset + length > File.Length)
        {
            throw new InvalidDataException($"truncated: block {block} lies past the end of the file");
        }

        var buffer = new byte[length];
        File.Position = offset;
        File.ReadExactly(buffer);
        return buffer;
    }
}
