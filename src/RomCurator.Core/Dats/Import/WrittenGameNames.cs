using System.Runtime.InteropServices;

namespace RomCurator.Core.Dats.Import;

/// <summary>
/// Which game names (or title keys) one import may have written already, in a fixed 4 MiB of bits: a Bloom filter
/// of <see cref="Probes"/> bits per name, "no" is certain, "maybe" is checked against the database. Most games of a
/// DAT are listed once, so most skip that read; memory does not grow with the DAT. With three bits per name, at a
/// million names about one in a thousand is read for nothing (one bit per name, as before: one in twenty-nine, each a
/// flush of the buffered rows, a read-back and an upsert).
/// </summary>
public sealed class WrittenGameNames
{
    private const int Bits = 1 << 25;
    private const int Probes = 3;

    private readonly ulong[] words = new ulong[Bits / 64];

    public bool MayContain(string name)
    {
        var (first, step) = Hashes(name);
        for (var probe = 0; probe < Probes; probe++)
        {
            var bit = (first + (uint)probe * step) & (Bits - 1);
            if ((words[bit >> 6] & (1UL << (int)(bit & 63))) == 0)
            {
                return false;
            }
        }

        return true;
    }

    public void Add(string name)
    {
        var (first, step) = Hashes(name);
        for (var probe = 0; probe < Probes; probe++)
        {
            var bit = (first + (uint)probe * step) & (Bits - 1);
            words[bit >> 6] |= 1UL << (int)(bit & 63);
        }
    }

    /// <summary>Two independent hashes of the name (double hashing: the probes are first + i × step; step is odd).</summary>
    private static (uint First, uint Step) Hashes(string name)
    {
        var second = new HashCode();
        second.AddBytes(MemoryMarshal.AsBytes(name.AsSpan()));
        return ((uint)string.GetHashCode(name, StringComparison.Ordinal), (uint)second.ToHashCode() | 1);
    }
}
