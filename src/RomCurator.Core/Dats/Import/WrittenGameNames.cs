using System.Runtime.InteropServices;

namespace RomCurator.Core.Dats.Import;

/// <summary>
/// Which game names (or title keys) one import may have written already, in a fixed 4 MiB of bits: a blocked Bloom
/// filter, <see cref="Probes"/> bits per name all in one 64-bit word (one cache miss per name, not one per bit).
/// "No" is certain, "maybe" is checked against the database. Most games of a DAT are listed once, so most skip that
/// read; memory does not grow with the DAT. At a million names fewer than one in a thousand others is "maybe" (one bit
/// per name, as before: one in twenty-nine, each a flush of the buffered rows, a read-back and an upsert).
/// </summary>
public sealed class WrittenGameNames
{
    private const int Words = 1 << 19;
    private const int Probes = 4;

    private readonly ulong[] words = new ulong[Words];

    public bool MayContain(string name)
    {
        var (word, mask) = Bits(name);
        return (words[word] & mask) == mask;
    }

    public void Add(string name) => MayContainThenAdd(name);

    /// <summary>Adds the name; returns whether it may have been added before (<see cref="MayContain"/> before the add).</summary>
    public bool MayContainThenAdd(string name)
    {
        var (word, mask) = Bits(name);
        var before = words[word];
        words[word] = before | mask;
        return (before & mask) == mask;
    }

    /// <summary>
    /// The word of a name (from one hash) and its bits in that word (six bits each from a second, independent hash).
    /// </summary>
    private static (int Word, ulong Mask) Bits(string name)
    {
        var second = new HashCode();
        second.AddBytes(MemoryMarshal.AsBytes(name.AsSpan()));
        var bits = (uint)second.ToHashCode();
        var mask = 0UL;
        for (var probe = 0; probe < Probes; probe++)
        {
            mask |= 1UL << (int)((bits >> (6 * probe)) & 63);
        }

        return ((int)((uint)string.GetHashCode(name, StringComparison.Ordinal) & (Words - 1)), mask);
    }
}
