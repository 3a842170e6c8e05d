using System.IO.Compression;
using System.Security.Cryptography;

namespace RomCurator.Tests.Faults;

/// <summary>Contents for the fault fixtures, the same on every run: seeded random bytes and zips with fixed member times.</summary>
public static class FixtureFiles
{
    private static readonly DateTimeOffset MemberTime = new(2024, 1, 2, 3, 4, 6, TimeSpan.Zero);

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
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = MemberTime;
                using var stream = entry.Open();
                stream.Write(content);
            }
        }

        return buffer.ToArray();
    }

    public static string Sha1(byte[] content) => Convert.ToHexStringLower(SHA1.HashData(content));

    public static string Md5(byte[] content) => Convert.ToHexStringLower(MD5.HashData(content));

    public static string Crc32(byte[] content) => System.IO.Hashing.Crc32.HashToUInt32(content).ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
}
