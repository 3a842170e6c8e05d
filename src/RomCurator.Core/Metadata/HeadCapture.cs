namespace RomCurator.Core.Metadata;

/// <summary>
/// A read-through stream that keeps a copy of the first bytes that pass (enough for every cartridge and disc
/// header RomCurator reads), so metadata comes from the same single read as the hashes.
/// </summary>
public sealed class HeadCapture(Stream inner, int capacity = HeadCapture.DefaultCapacity) : Stream
{
    /// <summary>64 KiB + a 512-byte copier header: covers the SNES HiROM header at 0xFFC0.</summary>
    public const int DefaultCapacity = 0x10000 + 512;

    // Never read past what was captured, so not cleared first (a scan makes one per file).
    private readonly byte[] head = GC.AllocateUninitializedArray<byte>(capacity);
    private int captured;

    public ReadOnlySpan<byte> Head => head.AsSpan(0, captured);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        if (captured < head.Length && read > 0)
        {
            var keep = Math.Min(read, head.Length - captured);
            buffer[..keep].CopyTo(head.AsSpan(captured));
            captured += keep;
        }

        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
