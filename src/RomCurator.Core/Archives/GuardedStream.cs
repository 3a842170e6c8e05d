namespace RomCurator.Core.Archives;

/// <summary>A read-only view of a member's stream that reports every byte read to the <see cref="BombGuard"/>.</summary>
public sealed class GuardedStream(Stream inner, BombGuard guard, string path, long compressedSize, CancellationToken cancellation) : ForwardOnlyStream(inner)
{
    private long read;

    public override long Position
    {
        get => read;
        set => throw new NotSupportedException();
    }

    public override int Read(Span<byte> buffer)
    {
        cancellation.ThrowIfCancellationRequested();
        var n = Inner.Read(buffer);
        read += n;
        guard.CountBytes(path, n, read, compressedSize);
        return n;
    }
}
