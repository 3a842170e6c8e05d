using RomCurator.Core.Archives;

namespace RomCurator.Core.Archives.Discs.Chd;

/// <summary>The first <paramref name="length"/> logical bytes of a CHD (a DVD's ISO image), front to back.</summary>
public sealed class ChdLogicalStream(ChdDataCursor cursor, long length) : ForwardOnlyStream
{
    private long position;

    public override long Position
    {
        get => position;
        set => throw new NotSupportedException();
    }

    public override int Read(Span<byte> buffer)
    {
        var take = (int)Math.Min(buffer.Length, length - position);
        if (take <= 0)
        {
            return 0;
        }

        cursor.Read(position, buffer[..take]);
        position += take;
        return take;
    }
}
