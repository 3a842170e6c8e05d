using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace RomCurator.Core.Archives.Discs.Codecs;

/// <summary>
/// Reads bits most-significant first from a byte buffer, as MAME's CHD bit streams and FLAC frames store them.
/// Reading past the end yields zero bits and sets <see cref="Overflowed"/>, so hostile input never reads outside.
/// </summary>
public ref struct BitReader(ReadOnlySpan<byte> data)
{
    private readonly ReadOnlySpan<byte> data = data;
    private long position;

    public bool Overflowed => position > (long)data.Length * 8;

    /// <summary>The number of whole bytes consumed so far (a partly read byte counts).</summary>
    public int BytesConsumed => (int)Math.Min(data.Length, (position + 7) >> 3);

    public uint Read(int count)
    {
        var value = Peek(count);
        position += count;
        return value;
    }

    /// <summary>The next <paramref name="count"/> bits (up to 32) without consuming them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly uint Peek(int count)
    {
        if (count == 0)
        {
            return 0;
        }

        ulong window = 0;
        var byteIndex = position >> 3;
        if (byteIndex + 8 <= data.Length)
        {
            window = BinaryPrimitives.ReadUInt64BigEndian(data[(int)byteIndex..]);
        }
        else
        {
            for (var i = 0; i < 8; i++)
            {
                var index = byteIndex + i;
                window = (window << 8) | (index < data.Length ? data[(int)index] : 0u);
            }
        }

        var shift = 64 - (int)(position & 7) - count;
        return (uint)((window >> shift) & ((1UL << count) - 1));
    }

    public void Skip(int count) => position += count;

    public bool ReadBit() => Read(1) != 0;

    /// <summary>A signed value stored in <paramref name="count"/> bits, two's complement.</summary>
    public int ReadSigned(int count)
    {
        if (count == 0)
        {
            return 0;
        }

        var value = Read(count);
        return (int)(value << (32 - count)) >> (32 - count);
    }

    /// <summary>Counts zero bits up to the next one bit (consumed); stops at the end of the data.</summary>
    public int ReadUnary()
    {
        var zeros = 0;
        while (!ReadBit())
        {
            zeros++;
            if (Overflowed)
            {
                return zeros;
            }
        }

        return zeros;
    }

    public void AlignToByte() => position = (position + 7) & ~7L;
}
