using System.Buffers.Binary;
using static RomCurator.Tests.Hostile.CaseSteps;

namespace RomCurator.Tests.Hostile;

/// <summary>Archive bombs: compression ratio, member count, total size, nesting depth, self-referencing entries.</summary>
public static class BombCases
{
    public static IEnumerable<HostileCase> All() =>
    [
        new("bomb: compression ratio", "a zip (bzip2 method) of 16 MB of zeros packed into a few dozen bytes; default limits", "above the 1,000:1 limit",
            w => ScanWith(w, "ratio.zip", File.ReadAllBytes(w.Archives.SevenZipWith("ratio.zip", ["-tzip", "-mm=BZip2"], [("zeros.bin", new byte[16 << 20])])),
                OperationLog("ratio.zip"))),
        new("bomb: member count", "a zip of 150 one-byte members; archives.maxMemberCount 100", "more than 100 members",
            w =>
            {
                w.Configure("""  "archives": { "maxMemberCount": 100 }  """);
                var members = Enumerable.Range(0, 150).Select(i => ($"m{i:000}.bin", new[] { (byte)i })).ToArray();
                return ScanWith(w, "many.zip", File.ReadAllBytes(w.Archives.Zip("many.zip", members)), OperationLog("many.zip"));
            }),
        new("bomb: total size (42.zip style)", "zips of 4 copies of zips of 4 × 300 kB members (4.8 MB in all); archives.maxTotalExpandedBytes 2000000", "expands to more than 2,000,000 bytes",
            w =>
            {
                w.Configure("""  "archives": { "maxTotalExpandedBytes": 2000000 }  """);
                var inner = File.ReadAllBytes(w.Archives.StoredZip("inner.zip", [.. Enumerable.Range(0, 4).Select(i => ($"x{i}.bin", Data(300_000, i)))]));
                var outer = w.Archives.StoredZip("42.zip", [.. Enumerable.Range(0, 4).Select(i => ($"inner{i}.zip", inner))]);
                return ScanWith(w, "42.zip", File.ReadAllBytes(outer), OperationLog("42.zip"));
            }),
        new("bomb: nesting past the depth limit", "a zip in a zip in a zip in a zip in a zip (5 levels); archives.maxDepth 3", "nested deeper than 3 levels",
            w =>
            {
                var level = File.ReadAllBytes(w.Archives.Zip("level5.zip", ("deep.nes", Data(100, 5))));
                for (var depth = 4; depth >= 1; depth--)
                {
                    level = File.ReadAllBytes(w.Archives.Zip($"level{depth}.zip", ($"level{depth + 1}.zip", level)));
                }

                return ScanWith(w, "nested.zip", level, OperationLog("nested.zip"));
            }),
        new("bomb: self-referencing entries", "a zip whose 1,000 central-directory entries all point at the same 64 kB member (the overlap behind zip quines and non-recursive bombs)", "overlap",
            w => ScanWith(w, "overlap.zip", Overlapping(File.ReadAllBytes(w.Archives.StoredZip("one.zip", ("member0000.bin", Data(65_536, 3)))), 1000),
                OperationLog("overlap.zip"))),
    ];

    /// <summary>
    /// Rewrites a one-member zip so that its central directory lists the member <paramref name="copies"/> times,
    /// every entry pointing at the same local header (offset 0), under different names.
    /// </summary>
    private static byte[] Overlapping(byte[] zip, int copies)
    {
        var end = zip.Length - 22;
        var directoryOffset = (int)BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(end + 16));
        var directorySize = (int)BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(end + 12));
        var entry = zip.AsSpan(directoryOffset, directorySize).ToArray();
        var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(entry.AsSpan(28));
        using var output = new MemoryStream();
        output.Write(zip, 0, directoryOffset);
        for (var i = 0; i < copies; i++)
        {
            var copy = (byte[])entry.Clone();
            var name = System.Text.Encoding.ASCII.GetBytes($"member{i:0000}.bin");
            if (name.Length != nameLength)
            {
                throw new InvalidOperationException("the copies' names must be as long as the original's");
            }

            name.CopyTo(copy, 46);
            output.Write(copy);
        }

        var record = zip.AsSpan(end, 22).ToArray();
        BinaryPrimitives.WriteUInt16LittleEndian(record.AsSpan(8), (ushort)copies);
        BinaryPrimitives.WriteUInt16LittleEndian(record.AsSpan(10), (ushort)copies);
        BinaryPrimitives.WriteUInt32LittleEndian(record.AsSpan(12), (uint)(directorySize * copies));
        output.Write(record);
        return output.ToArray();
    }
}
