namespace RomCurator.Core.Dats.Import;

/// <summary>
/// Which game names one import may have written already, in a fixed 4 MiB of bits (one bit per hash of a name):
/// "no" is certain, "maybe" is checked against the database. Most games of a DAT are listed once, so most skip that
/// read; memory does not grow with the DAT (at a million names about one in twenty-five is read for nothing).
/// </summary>
public sealed class WrittenGameNames
{
    private const int Bits = 1 << 25;

    private readonly ulong[] words = new ulong[Bits / 64];

    public bool MayContain(string name)
    {
        var bit = Bit(name);
        return (words[bit >> 6] & (1UL << (int)(bit & 63))) != 0;
    }

    public void Add(string name)
    {
        var bit = Bit(name);
        words[bit >> 6] |= 1UL << (int)(bit & 63);
    }

    private static uint Bit(string name) => (uint)string.GetHashCode(name, StringComparison.Ordinal) & (Bits - 1);
}
