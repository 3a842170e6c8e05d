using System.Buffers.Binary;
using RomCurator.Tests.Support;
using static RomCurator.Tests.Hostile.CaseSteps;

namespace RomCurator.Tests.Hostile;

/// <summary>Damaged compressed disc images: CHD (written byte by byte by <see cref="ChdWriter"/>), CSO, and RVZ.</summary>
public static class DiscCases
{
    private static readonly byte[] Iso = DiscImageWriters.Iso(4096 * 20, 9);

    public static IEnumerable<HostileCase> All() =>
    [
        new("chd, truncated", "a DVD CHD (zstd) cut before its hunk map", "truncated",
            w => ScanWith(w, "cut.chd", Chd(out var writer)[..(int)(writer.MapOffset - 10)], OperationLog("cut.chd"))),
        new("chd, hunk fails its CRC16", "a CHD whose map records a wrong CRC16 for its first hunk (map CRC kept right)", "hunk 0 fails its CRC16",
            w => ScanWith(w, "crc.chd", Chd(out _, wrongCrc: true), OperationLog("crc.chd"))),
        new("chd, unknown codec", "a CHD whose header names the codec 'abcd'", "codec 'abcd' is not supported",
            w => ScanWith(w, "codec.chd", Patch(Chd(out _), c => "abcd"u8.CopyTo(c.AsSpan(16))), OperationLog("codec.chd"))),
        new("chd, map points past the end", "a CHD whose map places its hunks 4 GiB further on than the file reaches", "lies past the end of the file",
            w => ScanWith(w, "map.chd", Chd(out _, shift: 1L << 32), OperationLog("map.chd"))),
        new("chd, metadata loop", "a CHD whose only metadata entry names itself as the next one", "metadata chain loops",
            w => ScanWith(w, "loop.chd", Patch(Chd(out var writer), c => BinaryPrimitives.WriteInt64BigEndian(c.AsSpan((int)writer.MetadataOffset + 8), writer.MetadataOffset)),
                OperationLog("loop.chd"))),
        new("cso, block offset out of range", "a CSO whose fifth index entry points 2 GiB into a small file", "points outside the file",
            w => ScanWith(w, "bad.cso", Patch(DiscImageWriters.Cso(Iso, 2048, false), c => BinaryPrimitives.WriteUInt32LittleEndian(c.AsSpan(24 + 4 * 5), 0x7FFF_FF00)),
                OperationLog("bad.cso"))),
        new("rvz, recognised", "a file starting with the RVZ magic", "not read: RVZ",
            w => ScanWith(w, "game.rvz", [(byte)'R', (byte)'V', (byte)'Z', 1, .. new byte[4092]], OperationLog("game.rvz"))),
    ];

    private static byte[] Chd(out ChdWriter writer, bool wrongCrc = false, long shift = 0)
    {
        writer = new ChdWriter { Codec = "zstd", HunkBytes = 4096, UnitBytes = 2048, WrongFirstHunkCrc = wrongCrc, MapOffsetShift = shift };
        writer.Metadata.Add(("DVD ", ""));
        return writer.Write(Iso);
    }

    private static byte[] Patch(byte[] content, Action<byte[]> change)
    {
        change(content);
        return content;
    }
}
