namespace RomCurator.Core.Archives.Discs.Cd;

/// <summary>
/// The Reed-Solomon P and Q parity of a CD-ROM sector (ECMA-130 annex A), computed over bytes 12..2075 (P) and
/// 12..2247 (Q) into bytes 2076..2351. chdman drops sync and parity of sectors whose parity checks out and
/// restores them on reading; this regenerates them the same way.
/// </summary>
public static class CdSectorEcc
{
    public const int SectorSize = 2352;

    private static readonly byte[] SyncHeader = [0x00, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x00];
    private static readonly byte[] Forward = new byte[256];
    private static readonly byte[] Backward = new byte[256];

    static CdSectorEcc()
    {
        for (var i = 0; i < 256; i++)
        {
            var doubled = (i << 1) ^ ((i & 0x80) != 0 ? 0x11D : 0);
            Forward[i] = (byte)doubled;
            Backward[i ^ doubled] = (byte)i;
        }
    }

    /// <summary>Writes the sync pattern and the P and Q parity into a 2352-byte sector.</summary>
    public static void Regenerate(Span<byte> sector)
    {
        SyncHeader.CopyTo(sector);
        ComputeBlock(sector, 86, 24, 2, 86, 2076);
        ComputeBlock(sector, 52, 43, 86, 88, 2248);
    }

    /// <summary>True when the sector starts with the sync pattern and its P and Q parity are right.</summary>
    public static bool IsValid(ReadOnlySpan<byte> sector)
    {
        if (!sector[..12].SequenceEqual(SyncHeader))
        {
            return false;
        }

        Span<byte> copy = stackalloc byte[SectorSize];
        sector[..SectorSize].CopyTo(copy);
        Regenerate(copy);
        return copy.SequenceEqual(sector[..SectorSize]);
    }

    private static void ComputeBlock(Span<byte> sector, int majorCount, int minorCount, int majorMultiplier, int minorIncrement, int destination)
    {
        var source = sector[12..];
        var size = majorCount * minorCount;
        for (var major = 0; major < majorCount; major++)
        {
            var index = (major >> 1) * majorMultiplier + (major & 1);
            byte a = 0;
            byte b = 0;
            for (var minor = 0; minor < minorCount; minor++)
            {
                var value = source[index];
                index += minorIncrement;
                if (index >= size)
                {
                    index -= size;
                }

                a ^= value;
                b ^= value;
                a = Forward[a];
            }

            a = Backward[Forward[a] ^ b];
            sector[destination + major] = a;
            sector[destination + major + majorCount] = (byte)(a ^ b);
        }
    }
}
