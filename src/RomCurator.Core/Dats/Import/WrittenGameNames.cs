using System.Runtime.InteropServices;

namespace RomCurator.Core.Dats.Import;

/// <summary>
/// Which game names (or title keys) one import may have written already: a blocked Bloom filter, <see cref="Probes"/>
/// bits per name all in one 64-bit word (one cache miss per name, not one per bit). "No" is certain, "maybe" is checked
/// against the database. Most games of a DAT are listed once, so most skip that read. It grows with the names added, in
/// two levels (64 KiB, then 4 MiB): the first takes the new names until it holds one per word, then the second does,
/// and a name may be in either. A DAT of a few thousand games touches 64 KiB, not the 4 MiB a large DAT needs (whose
/// first writes cost a page fault each); memory stays under 4.1 MiB whatever the DAT's size. At a million names fewer
/// than one in a thousand others is "maybe".
/// </summary>
public sealed class WrittenGameNames
{
    private const int FirstLevelWords = 1 << 13;
    private const int LastLevelWords = 1 << 19;
    private const int Probes = 4;

    private readonly List<ulong[]> levels = [new ulong[FirstLevelWords]];
    private long namesInNewest;

    public bool MayContain(string name)
    {
        var (hash, mask) = Bits(name);
        return Holds(hash, mask);
    }

    public void Add(string name) => MayContainThenAdd(name);

    /// <summary>Adds the name; returns whether it may have been added before (<see cref="MayContain"/> before the add).</summary>
    public bool MayContainThenAdd(string name)
    {
        var (hash, mask) = Bits(name);
        if (Holds(hash, mask))
        {
            return true;
        }

        var newest = levels[^1];
        newest[hash & (newest.Length - 1)] |= mask;
        if (++namesInNewest == newest.Length && newest.Length < LastLevelWords)
        {
            levels.Add(new ulong[LastLevelWords]);
            namesInNewest = 0;
        }

        return false;
    }

    /// <summary>Whether a level has every bit of <paramref name="mask"/> in the word of <paramref name="hash"/>.</summary>
    private bool Holds(int hash, ulong mask)
    {
        foreach (var level in levels)
        {
            if ((level[hash & (level.Length - 1)] & mask) == mask)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The name's hash (a level's word is its low bits) and its bits in that word (six bits each from a second,
    /// independent hash).
    /// </summary>
    private static (int Hash, ulong Mask) Bits(string name)
    {
        var second = new HashCode();
        second.AddBytes(MemoryMarshal.AsBytes(name.AsSpan()));
        var bits = (uint)second.ToHashCode();
        var mask = 0UL;
        for (var probe = 0; probe < Probes; probe++)
        {
            mask |= 1UL << (int)((bits >> (6 * probe)) & 63);
        }

        return (string.GetHashCode(name, StringComparison.Ordinal) & int.MaxValue, mask);
    }
}
