namespace RomCurator.Core.Archives;

/// <summary>Replays bytes already read (to look at a signature) before the rest of a forward-only stream.</summary>
public sealed class PrefixedStream(byte[] prefix, Stream rest) : ForwardOnlyStream
{
    private int prefixPosition;

    public override int Read(Span<byte> buffer)
    {
        if (prefixPosition < prefix.Length)
        {
            var n = Math.Min(buffer.Length, prefix.Length - prefixPosition);
            prefix.AsSpan(prefixPosition, n).CopyTo(buffer);
            prefixPosition += n;
            return n;
        }

        return rest.Read(buffer);
    }
}
