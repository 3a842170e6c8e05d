namespace RomCurator.Core.Archives;

/// <summary>
/// The read-only, forward-only stream the archive and metadata readers wrap around each other: derived classes
/// implement <see cref="Read(Span{byte})"/> (and <see cref="Position"/> when they count); everything else is
/// "not supported". An <paramref name="owned"/> inner stream is disposed with it.
/// </summary>
public abstract class ForwardOnlyStream(Stream? owned = null) : Stream
{
    /// <summary>The wrapped stream this one owns (only for wrappers constructed with one).</summary>
    protected Stream Inner => owned ?? throw new InvalidOperationException("this stream wraps no owned stream");

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public abstract override int Read(Span<byte> buffer);

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            owned?.Dispose();
        }

        base.Dispose(disposing);
    }
}
