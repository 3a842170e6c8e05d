using System.Diagnostics;
using System.IO.Hashing;
using System.Security.Cryptography;
using RomCurator.Core.Configuration;
using RomCurator.Core.Digests;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Digests;

public sealed class ContentHasherTests
{
    [Test]
    [Arguments(0)]
    [Arguments(1)]
    [Arguments(65_537)]
    [Arguments(3 * 1024 * 1024 + 17)]
    public async Task Digests_equal_the_reference_implementations(int size)
    {
        var data = RandomBytes(size, seed: size);

        var hashes = ContentHasher.Hash(new MemoryStream(data), new HashOptions(1024 * 1024, long.MaxValue), data.Length);

        await Assert.That(hashes.Size).IsEqualTo((long)size);
        await Assert.That(hashes.Sha1.ToHex()).IsEqualTo(Convert.ToHexStringLower(SHA1.HashData(data)));
        await Assert.That(hashes.Md5!.Value.ToHex()).IsEqualTo(Convert.ToHexStringLower(MD5.HashData(data)));
        await Assert.That(hashes.Crc32!.Value.ToHex()).IsEqualTo(Crc32.HashToUInt32(data).ToString("x8"));
    }

    [Test]
    public async Task File_hashes_equal_sha1sum_and_md5sum()
    {
        using var folder = new TempDirectory();
        var path = folder.File("game.bin");
        File.WriteAllBytes(path, RandomBytes(2 * 1024 * 1024 + 3, seed: 7));

        var hashes = ContentHasher.HashFile(path, new HashOptions(512 * 1024, long.MaxValue));

        await Assert.That(hashes.Sha1.ToHex()).IsEqualTo(Tool("sha1sum", path));
        await Assert.That(hashes.Md5!.Value.ToHex()).IsEqualTo(Tool("md5sum", path));
    }

    [Test]
    public async Task Above_the_size_limit_only_sha1_is_computed()
    {
        var data = RandomBytes(200_000, seed: 3);

        var known = ContentHasher.Hash(new MemoryStream(data), new HashOptions(65_536, 100_000), data.Length);
        var unknown = ContentHasher.Hash(new MemoryStream(data), new HashOptions(65_536, 100_000));

        await Assert.That(known.Md5).IsNull();
        await Assert.That(known.Crc32).IsNull();
        await Assert.That(unknown.Md5).IsNull();
        await Assert.That(unknown.Sha1.ToHex()).IsEqualTo(Convert.ToHexStringLower(SHA1.HashData(data)));
    }

    [Test]
    public async Task The_tee_receives_every_byte()
    {
        var data = RandomBytes(1_500_000, seed: 11);
        var copy = new MemoryStream();

        ContentHasher.Hash(new MemoryStream(data), new HashOptions(65_536, long.MaxValue), tee: copy);

        await Assert.That(copy.ToArray().SequenceEqual(data)).IsTrue();
    }

    [Test]
    public async Task Cancellation_stops_hashing()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        await Assert.That(() => ContentHasher.Hash(new MemoryStream(new byte[10]), new ScanSettings().HashOptions(), cancellation: cancelled.Token))
            .Throws<OperationCanceledException>();
    }

    [Test]
    public async Task Hex_round_trips_and_equality_is_by_value()
    {
        var a = HashValue.FromHex("DA39A3EE5E6B4B0D3255BFEF95601890AFD80709");
        var b = HashValue.FromHex("da39a3ee5e6b4b0d3255bfef95601890afd80709");

        await Assert.That(a == b).IsTrue();
        await Assert.That(a.ToHex()).IsEqualTo("da39a3ee5e6b4b0d3255bfef95601890afd80709");
        await Assert.That(HashValue.FromCrc32(0x0000_BEEF).ToHex()).IsEqualTo("0000beef");
    }

    internal static byte[] RandomBytes(int size, int seed)
    {
        var data = new byte[size];
        new Random(seed).NextBytes(data);
        return data;
    }

    private static string Tool(string tool, string path)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, [path]) { RedirectStandardOutput = true })!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output.Split(' ')[0];
    }
}
