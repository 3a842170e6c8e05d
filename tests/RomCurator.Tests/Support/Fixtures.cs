using System.IO.Compression;
using System.Security.Cryptography;

namespace RomCurator.Tests.Support;

/// <summary>File contents the tests build: seeded random bytes, zips with fixed entry times, and a scanned library's rows.</summary>
public static class Fixtures
{
    /// <summary>Content rows that must be equal between two equivalent libraries (ids and times excluded).</summary>
    public static List<string> Snapshot(ScanFixture fixture) =>
    [
        .. fixture.Column("SELECT sha1 || '|' || ifnull(md5,'') || '|' || ifnull(crc32,'') || '|' || size_bytes || '|' || ifnull(filename,'') || '|' || content_role FROM rom_file ORDER BY sha1"),
        .. fixture.Column("SELECT f.relative_path || '|' || r.sha1 || '|' || f.status || '|' || f.size_bytes || '|' || f.last_modified FROM file_instance f JOIN rom_file r ON r.rom_id = f.rom_id ORDER BY f.relative_path"),
        .. fixture.Column("SELECT p.sha1 || '>' || c.sha1 || '|' || m.path_in_archive || '|' || m.is_primary FROM archive_member m JOIN rom_file p ON p.rom_id = m.parent_rom_id JOIN rom_file c ON c.rom_id = m.child_rom_id ORDER BY 1"),
        .. fixture.Column("SELECT relative_path || '|' || promotion_state FROM file_discovery ORDER BY relative_path"),
    ];

    public static byte[] Bytes(int size, int seed)
    {
        var data = new byte[size];
        new Random(seed).NextBytes(data);
        return data;
    }

    public static byte[] Zip(params (string Name, byte[] Content)[] members)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in members)
            {
                var entry = zip.CreateEntry(name);
                // A fixed time keeps the bytes identical between builds (entries record when they were written).
                entry.LastWriteTime = new DateTimeOffset(2024, 1, 2, 3, 4, 6, TimeSpan.Zero);
                using var stream = entry.Open();
                stream.Write(content);
            }
        }

        return buffer.ToArray();
    }

    public static string Sha1Hex(byte[] content) => Convert.ToHexStringLower(SHA1.HashData(content));

    public static string Md5Hex(byte[] content) => Convert.ToHexStringLower(MD5.HashData(content));

    public static string Crc32Hex(byte[] content) => System.IO.Hashing.Crc32.HashToUInt32(content).ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
}
