using RomCurator.Core.Archives;

namespace RomCurator.Core.Archives.Discs.Images;

/// <summary>A block image's content, decoded block by block as it is read (one block in memory).</summary>
public sealed class BlockImageStream(BlockImage image, CancellationToken cancellation) : ForwardOnlyStream
{
    private readonly byte[] block = new byte[image.BlockSize];
    private long position;
    private long loadedBlock = -1;

    public override long Position
    {
        get => position;
        set => throw new NotSupportedException();
    }

    public override int Read(Span<byte> buffer)
    {
        var written = 0;
        while (written < buffer.Length && position < image.Size)
        {
            var index = position / image.BlockSize;
            var length = (int)Math.Min(image.BlockSize, image.Size - index * image.BlockSize);
            if (index != loadedBlock)
            {
                cancellation.ThrowIfCancellationRequested();
                image.ReadBlock(index, block.AsSpan(0, length));
                loadedBlock = index;
            }

            var inBlock = (int)(position - index * image.BlockSize);
            var take = Math.Min(buffer.Length - written, length - inBlock);
            block.AsSpan(inBlock, take).CopyTo(buffer[written..]);
            written += take;
            position += take;
        }

        return written;
    }
}
