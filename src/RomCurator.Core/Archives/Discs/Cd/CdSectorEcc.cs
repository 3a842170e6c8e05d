using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace RomCurator.Core.Archives.Discs.Cd;

/// <summary>
/// The Reed-Solomon P and Q parity of a CD-ROM sector (ECMA-130 annex A), computed over bytes 12..2075 (P) and
/// 12..2247 (Q) into bytes 2076..2351. chdman drops sync and parity of sectors whose parity checks out and
/// restores them on reading; this regenerates them the same way.
/// Each parity byte pair folds one column of the sector: a = (a ^ x) * 2 in GF(2^8) over the column's bytes, b = the
/// XOR of them. The columns are independent, so 16 of them are folded at once in vector registers: P's columns are
/// contiguous rows of 86 bytes; Q's diagonals are gathered into rows of 52 first (through a table of positions).
/// </summary>
public static class CdSectorEcc
{
    public const int SectorSize = 2352;

    private const int PMajors = 86;
    private const int PMinors = 24;
    private const int QMajors = 52;
    private const int QMinors = 43;
    private const int QRow = 64;
    private const int POffset = 2076;
    private const int QOffset = 2248;

    private static readonly byte[] SyncHeader = [0x00, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x00];
    private static readonly byte[] Forward = new byte[256];
    private static readonly byte[] Backward = new byte[256];

    /// <summary>For Q's row <c>minor</c>, column <c>major</c>: the position (from byte 12) of the byte it folds.</summary>
    private static readonly ushort[] QPositions = new ushort[QMinors * QMajors];

    static CdSectorEcc()
    {
        for (var i = 0; i < 256; i++)
        {
            var doubled = (i << 1) ^ ((i & 0x80) != 0 ? 0x11D : 0);
            Forward[i] = (byte)doubled;
            Backward[i ^ doubled] = (byte)i;
        }

        for (var major = 0; major < QMajors; major++)
        {
            var index = (major >> 1) * 86 + (major & 1);
            for (var minor = 0; minor < QMinors; minor++)
            {
                QPositions[minor * QMajors + major] = (ushort)index;
                index += 88;
                if (index >= QMajors * QMinors)
                {
                    index -= QMajors * QMinors;
                }
            }
        }
    }

    /// <summary>Writes the sync pattern and the P and Q parity into a 2352-byte sector.</summary>
    public static void Regenerate(Span<byte> sector)
    {
        if (sector.Length < SectorSize)
        {
            throw new ArgumentException("a CD sector is 2352 bytes", nameof(sector));
        }

        SyncHeader.CopyTo(sector);
        ParityP(sector);
        ParityQ(sector);
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

    private static void ParityP(Span<byte> sector)
    {
        // Six vectors cover the 86 columns; the last one reads 10 bytes past each row (into the next row, or
        // the parity area for the last row), and those lanes are never stored.
        ref var rows = ref sector[12];
        Vector128<byte> a0 = default, a1 = default, a2 = default, a3 = default, a4 = default, a5 = default;
        Vector128<byte> b0 = default, b1 = default, b2 = default, b3 = default, b4 = default, b5 = default;
        for (var minor = 0; minor < PMinors; minor++)
        {
            var row = (nuint)(minor * PMajors);
            Fold(ref a0, ref b0, Vector128.LoadUnsafe(ref rows, row));
            Fold(ref a1, ref b1, Vector128.LoadUnsafe(ref rows, row + 16));
            Fold(ref a2, ref b2, Vector128.LoadUnsafe(ref rows, row + 32));
            Fold(ref a3, ref b3, Vector128.LoadUnsafe(ref rows, row + 48));
            Fold(ref a4, ref b4, Vector128.LoadUnsafe(ref rows, row + 64));
            Fold(ref a5, ref b5, Vector128.LoadUnsafe(ref rows, row + 80));
        }

        Span<byte> a = stackalloc byte[96];
        Span<byte> b = stackalloc byte[96];
        Store(a, a0, a1, a2, a3, a4, a5);
        Store(b, b0, b1, b2, b3, b4, b5);
        Finish(sector, a, b, PMajors, POffset);
    }

    private static void ParityQ(Span<byte> sector)
    {
        var source = sector[12..];
        Span<byte> gathered = stackalloc byte[QMinors * QRow];
        var positions = QPositions.AsSpan();
        for (var minor = 0; minor < QMinors; minor++)
        {
            var row = gathered.Slice(minor * QRow, QMajors);
            var from = positions.Slice(minor * QMajors, QMajors);
            for (var major = 0; major < row.Length; major++)
            {
                row[major] = source[from[major]];
            }
        }

        ref var rows = ref gathered[0];
        Vector128<byte> a0 = default, a1 = default, a2 = default, a3 = default;
        Vector128<byte> b0 = default, b1 = default, b2 = default, b3 = default;
        for (var minor = 0; minor < QMinors; minor++)
        {
            var row = (nuint)(minor * QRow);
            Fold(ref a0, ref b0, Vector128.LoadUnsafe(ref rows, row));
            Fold(ref a1, ref b1, Vector128.LoadUnsafe(ref rows, row + 16));
            Fold(ref a2, ref b2, Vector128.LoadUnsafe(ref rows, row + 32));
            Fold(ref a3, ref b3, Vector128.LoadUnsafe(ref rows, row + 48));
        }

        Span<byte> a = stackalloc byte[64];
        Span<byte> b = stackalloc byte[64];
        Store(a, a0, a1, a2, a3);
        Store(b, b0, b1, b2, b3);
        Finish(sector, a, b, QMajors, QOffset);
    }

    /// <summary>a = (a ^ x) * 2 in GF(2^8) (polynomial 0x11D), b ^= x, lane by lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Fold(ref Vector128<byte> a, ref Vector128<byte> b, Vector128<byte> x)
    {
        var v = a ^ x;
        var carry = Vector128.LessThan(v.AsSByte(), Vector128<sbyte>.Zero).AsByte() & Vector128.Create((byte)0x1D);
        a = (v + v) ^ carry;
        b ^= x;
    }

    private static void Store(Span<byte> target, params ReadOnlySpan<Vector128<byte>> vectors)
    {
        for (var i = 0; i < vectors.Length; i++)
        {
            vectors[i].CopyTo(target[(i * 16)..]);
        }
    }

    private static void Finish(Span<byte> sector, ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, int majors, int destination)
    {
        for (var major = 0; major < majors; major++)
        {
            var parity = Backward[Forward[a[major]] ^ b[major]];
            sector[destination + major] = parity;
            sector[destination + major + majors] = (byte)(parity ^ b[major]);
        }
    }
}
