using System.Buffers.Binary;

namespace RomCurator.Core.Archives;

/// <summary>
/// Passes a tar stream through unchanged while checking the checksum of every 512-byte header that goes by
/// (the runtime's tar reader does not): a damaged header would otherwise turn into a member with a wrong name or
/// size, recorded as if it were sound. Follows the layout itself: a header, then its data rounded up to 512 bytes.
/// </summary>
public sealed class TarHeaderCheck(Stream inner) : ForwardOnlyStream
{
    private const int Block = 512;
    private readonly byte[] header = new byte[Block];
    private long position;
    private long nextHeader;
    private int filled;

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        var start = position;
        position += read;
        // Copy the parts of this read that belong to the header being assembled; check each header once full.
        while (nextHeader < position)
        {
            var from = Math.Max(nextHeader + filled, start);
            var count = (int)Math.Min(Block - filled, position - from);
            if (count <= 0)
            {
                break;
            }

            buffer.Slice((int)(from - start), count).CopyTo(header.AsSpan(filled));
            filled += count;
            if (filled < Block)
            {
                break;
            }

            nextHeader += Block + DataLength(nextHeader);
            filled = 0;
        }

        return read;
    }

    /// <summary>Checks the full header at <paramref name="at"/> and returns how many data bytes (padded) follow it.</summary>
    private long DataLength(long at)
    {
        if (header.All(b => b == 0))
        {
            return 0; // an end-of-archive block
        }

        long sum = 0, signedSum = 0;
        for (var i = 0; i < Block; i++)
        {
            var value = i is >= 148 and < 156 ? (byte)' ' : header[i];
            sum += value;
            signedSum += (sbyte)value;
        }

        // Some old writers summed signed bytes; both sums are accepted, as GNU tar does.
        var stored = Octal(header.AsSpan(148, 8));
        if (stored != sum && stored != signedSum)
        {
            throw new ArchiveDamagedException(null,
                $"damaged: the tar header at byte {at:N0} fails its checksum; members from there on are not recorded");
        }

        var type = (char)header[156];
        if (type is '1' or '2' or '3' or '4' or '5' or '6')
        {
            return 0; // links, devices, folders and FIFOs carry no data
        }

        var size = Size(header.AsSpan(124, 12));
        return (size + Block - 1) / Block * Block;
    }

    /// <summary>A size field: octal digits, or base-256 (GNU) when the first byte's high bit is set.</summary>
    private static long Size(ReadOnlySpan<byte> field)
    {
        if ((field[0] & 0x80) == 0)
        {
            return Octal(field);
        }

        return BinaryPrimitives.ReadInt64BigEndian(field[4..]);
    }

    private static long Octal(ReadOnlySpan<byte> field)
    {
        long value = 0;
        foreach (var b in field)
        {
            if (b is (byte)' ' or 0)
            {
                if (value != 0)
                {
                    break;
                }

                continue;
            }

            if (b is < (byte)'0' or > (byte)'7')
            {
                return -1;
            }

            value = (value * 8) + (b - '0');
        }

        return value;
    }
}
