using System.IO.Hashing;
using System.Security.Cryptography;
using RomCurator.Core.Archives;
using RomCurator.Core.Digests;

namespace RomCurator.Tests.Support;

/// <summary>Runs the archive engine on test files and checks members against digests computed here, independently.</summary>
public static class ArchiveListings
{
    /// <summary>The shipped defaults, with temp files under the test folder.</summary>
    public static ArchiveLimits Limits(TempDirectory folder) =>
        new(3, 128L * 1024 * 1024, 64L * 1024 * 1024 * 1024, 100_000, 1000, folder.File("tmp"), new HashOptions(1024 * 1024, long.MaxValue));

    public static ArchiveListing Enumerate(TempDirectory folder, string path, ArchiveLimits? limits = null, PasswordDictionary? passwords = null) =>
        ArchiveReader.Enumerate(path, limits ?? Limits(folder), passwords ?? PasswordDictionary.Empty, CancellationToken.None);

    /// <summary>The member at <paramref name="fullPath"/> has exactly the size, SHA-1, MD5 and CRC32 of <paramref name="content"/>.</summary>
    public static async Task AssertMember(ArchiveListing listing, string fullPath, byte[] content)
    {
        var member = listing.Members.Single(m => m.FullPath == fullPath);
        await Assert.That(member.UncompressedSize).IsEqualTo((long)content.Length);
        await Assert.That(member.Hashes.Size).IsEqualTo((long)content.Length);
        await Assert.That(member.Hashes.Sha1.ToHex()).IsEqualTo(Sha1(content));
        await Assert.That(member.Hashes.Md5!.Value.ToHex()).IsEqualTo(Convert.ToHexStringLower(MD5.HashData(content)));
        await Assert.That(member.Hashes.Crc32!.Value.ToHex()).IsEqualTo(Crc32.HashToUInt32(content).ToString("x8"));
    }

    public static string Sha1(byte[] content) => Convert.ToHexStringLower(SHA1.HashData(content));

    /// <summary>Random (incompressible) bytes, the same for the same seed.</summary>
    public static byte[] Data(int size, int seed)
    {
        var data = new byte[size];
        new Random(seed).NextBytes(data);
        return data;
    }

    /// <summary>Rewrites a file with its bytes changed by <paramref name="change"/>.</summary>
    public static void Damage(string path, Func<byte[], byte[]> change) => File.WriteAllBytes(path, change(File.ReadAllBytes(path)));
}
