using System.IO.Hashing;
using System.Security.Cryptography;
using RomCurator.Core.Archives;
using RomCurator.Core.Hashing;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Archives;

public sealed class ArchiveReaderTests
{
    private static readonly byte[] Rom = Data(150_000, 1);
    private static readonly byte[] Other = Data(40_000, 2);

    [Test]
    public async Task Zip_members_hash_like_their_bytes()
    {
        using var folder = new TempDirectory();
        var zip = new ArchiveFiles(folder).Zip("a.zip", ("Game (USA).nes", Rom), ("dir/Other.gb", Other));

        var listing = Enumerate(folder, zip);

        await Assert.That(listing.Kind).IsEqualTo(ArchiveKind.Zip);
        await Assert.That(listing.Problems).IsEmpty();
        await AssertMember(listing, "Game (USA).nes", Rom);
        await AssertMember(listing, "dir/Other.gb", Other);
        await Assert.That(listing.Members.Single(m => m.PathInArchive == "Game (USA).nes").CompressedSize).IsGreaterThan(0L);
    }

    [Test]
    public async Task SevenZip_members_hash_like_their_bytes()
    {
        using var folder = new TempDirectory();
        var archive = new ArchiveFiles(folder).SevenZip("a.7z", null, false, ("one.sfc", Rom), ("two.sfc", Other));

        var listing = Enumerate(folder, archive);

        await Assert.That(listing.Kind).IsEqualTo(ArchiveKind.SevenZip);
        await Assert.That(listing.Problems).IsEmpty();
        await AssertMember(listing, "one.sfc", Rom);
        await AssertMember(listing, "two.sfc", Other);
    }

    [Test]
    [Arguments(false)]
    [Arguments(true)]
    public async Task Tar_and_tar_gz_members_hash_like_their_bytes(bool gzip)
    {
        using var folder = new TempDirectory();
        var archive = new ArchiveFiles(folder).Tar(gzip ? "a.tar.gz" : "a.tar", gzip, ("x/one.md", Rom), ("two.gg", Other));

        var listing = Enumerate(folder, archive);

        await Assert.That(listing.Kind).IsEqualTo(gzip ? ArchiveKind.GZip : ArchiveKind.Tar);
        await Assert.That(listing.Problems).IsEmpty();
        await AssertMember(listing, "x/one.md", Rom);
        await AssertMember(listing, "two.gg", Other);
    }

    [Test]
    public async Task A_gz_file_has_one_member_named_without_the_suffix()
    {
        using var folder = new TempDirectory();
        var archive = new ArchiveFiles(folder).Gzip("Game (Japan).pce.gz", Rom);

        var listing = Enumerate(folder, archive);

        await Assert.That(listing.Members.Count).IsEqualTo(1);
        await AssertMember(listing, "Game (Japan).pce", Rom);
    }

    [Test]
    public async Task Nested_archives_are_enumerated_and_their_members_hash_like_their_bytes()
    {
        using var folder = new TempDirectory();
        var files = new ArchiveFiles(folder);
        var innerZip = File.ReadAllBytes(files.Zip("inner.zip", ("deep.gba", Rom)));
        var outer = files.Zip("outer.zip", ("inner.zip", innerZip), ("top.txt", Other));
        var sevenWithZip = files.SevenZip("outer.7z", null, false, ("inner.zip", innerZip));

        var zipListing = Enumerate(folder, outer);
        var sevenListing = Enumerate(folder, sevenWithZip);

        foreach (var listing in new[] { zipListing, sevenListing })
        {
            await Assert.That(listing.Problems).IsEmpty();
            var deep = listing.Members.Single(m => m.PathInArchive == "deep.gba");
            await Assert.That(deep.ParentPath).IsEqualTo("inner.zip");
            await Assert.That(deep.Depth).IsEqualTo(2);
            await Assert.That(deep.Hashes.Sha1.ToHex()).IsEqualTo(Convert.ToHexStringLower(SHA1.HashData(Rom)));
            await Assert.That(listing.Members.Single(m => m.PathInArchive == "inner.zip").IsArchive).IsTrue();
        }
    }

    [Test]
    public async Task Archives_past_the_depth_limit_are_hashed_but_not_opened()
    {
        using var folder = new TempDirectory();
        var files = new ArchiveFiles(folder);
        var level3 = File.ReadAllBytes(files.Zip("l3.zip", ("bottom.nes", Rom)));
        var level2 = File.ReadAllBytes(files.Zip("l2.zip", ("l3.zip", level3)));
        var level1 = files.Zip("l1.zip", ("l2.zip", level2));

        var listing = Enumerate(folder, level1, Limits(folder) with { MaxDepth = 2 });

        await Assert.That(listing.Members.Select(m => m.FullPath)).IsEquivalentTo(["l2.zip", "l2.zip/l3.zip"]);
        await Assert.That(listing.Problems.Single().Kind).IsEqualTo(ArchiveProblemKind.DepthLimit);
        await Assert.That(listing.Problems.Single().Path).IsEqualTo("l2.zip/l3.zip");
    }

    [Test]
    [Arguments("zip")]
    [Arguments("7z")]
    public async Task Truncated_archives_are_reported_as_corrupt_without_throwing(string format)
    {
        using var folder = new TempDirectory();
        var files = new ArchiveFiles(folder);
        var whole = format == "zip" ? files.Zip("a.zip", ("a.nes", Rom), ("b.nes", Other)) : files.SevenZip("a.7z", null, false, ("a.nes", Rom), ("b.nes", Other));
        var bytes = File.ReadAllBytes(whole);
        File.WriteAllBytes(whole, bytes[..(bytes.Length * 2 / 3)]);

        var listing = Enumerate(folder, whole);

        await Assert.That(listing.Problems.Count).IsEqualTo(1);
        await Assert.That(listing.Problems[0].Kind).IsEqualTo(ArchiveProblemKind.Corrupt);
        await Assert.That(listing.Members.All(m => m.Hashes.Sha1.ToHex() == Sha1(Rom) || m.Hashes.Sha1.ToHex() == Sha1(Other))).IsTrue();
    }

    [Test]
    public async Task A_zip_with_a_damaged_member_is_reported_and_the_member_is_dropped()
    {
        using var folder = new TempDirectory();
        var stored = new ArchiveFiles(folder).Zip("a.zip", ("a.nes", Rom));
        var bytes = File.ReadAllBytes(stored);
        // Flip bytes in the middle of the compressed data: inflate fails or the CRC no longer matches.
        for (var i = bytes.Length / 2; i < bytes.Length / 2 + 64; i++)
        {
            bytes[i] ^= 0x5A;
        }

        File.WriteAllBytes(stored, bytes);

        var listing = Enumerate(folder, stored);

        await Assert.That(listing.Problems.Single().Kind).IsEqualTo(ArchiveProblemKind.Corrupt);
        await Assert.That(listing.Members).IsEmpty();
    }

    [Test]
    public async Task An_encrypted_zip_needs_a_dictionary_password()
    {
        using var folder = new TempDirectory();
        var zip = new ArchiveFiles(folder).EncryptedZip("locked.zip", "hunter2", ("a.nes", Rom));

        var without = Enumerate(folder, zip);
        var wrong = Enumerate(folder, zip, passwords: PasswordDictionary.Of("nope", "also-nope"));
        var right = Enumerate(folder, zip, passwords: PasswordDictionary.Of("nope", "hunter2"));

        await Assert.That(without.Problems.Single().Kind).IsEqualTo(ArchiveProblemKind.PasswordRequired);
        await Assert.That(without.Members).IsEmpty();
        await Assert.That(wrong.Problems.Single().Message).Contains("none of the 2 dictionary passwords");
        await Assert.That(right.Problems).IsEmpty();
        await Assert.That(right.PasswordUsed).IsEqualTo("hunter2");
        await AssertMember(right, "a.nes", Rom);
    }

    [Test]
    [Arguments(false)]
    [Arguments(true)]
    public async Task An_encrypted_7z_needs_a_dictionary_password(bool encryptHeaders)
    {
        using var folder = new TempDirectory();
        var archive = new ArchiveFiles(folder).SevenZip("locked.7z", "s3cret", encryptHeaders, ("a.nes", Rom));

        var without = Enumerate(folder, archive);
        var right = Enumerate(folder, archive, passwords: PasswordDictionary.Of("wrong", "s3cret"));

        await Assert.That(without.Problems.Single().Kind).IsEqualTo(ArchiveProblemKind.PasswordRequired);
        await Assert.That(right.Problems).IsEmpty();
        await AssertMember(right, "a.nes", Rom);
    }

    [Test]
    public async Task Too_many_members_trip_the_bomb_guard()
    {
        using var folder = new TempDirectory();
        var members = Enumerable.Range(0, 20).Select(i => ($"f{i}.nes", Data(10, i))).ToArray();
        var zip = new ArchiveFiles(folder).Zip("many.zip", members);

        var listing = Enumerate(folder, zip, Limits(folder) with { MaxMemberCount = 5 });

        await Assert.That(listing.Problems.Single().Kind).IsEqualTo(ArchiveProblemKind.BombGuard);
        await Assert.That(listing.Members.Count).IsEqualTo(5);
    }

    [Test]
    public async Task A_member_that_expands_too_much_trips_the_bomb_guard()
    {
        using var folder = new TempDirectory();
        var zip = new ArchiveFiles(folder).Zip("dense.zip", ("zeros.bin", new byte[8 * 1024 * 1024]));

        var listing = Enumerate(folder, zip, Limits(folder) with { MaxCompressionRatio = 50 });

        await Assert.That(listing.Problems.Single().Kind).IsEqualTo(ArchiveProblemKind.BombGuard);
        await Assert.That(listing.Problems.Single().Message).Contains("50:1");
    }

    [Test]
    public async Task Total_expanded_bytes_are_capped_across_nested_archives()
    {
        using var folder = new TempDirectory();
        var files = new ArchiveFiles(folder);
        var inner = File.ReadAllBytes(files.Zip("inner.zip", ("a.bin", Data(300_000, 3)), ("b.bin", Data(300_000, 4))));
        var outer = files.Zip("outer.zip", ("inner.zip", inner));

        var listing = Enumerate(folder, outer, Limits(folder) with { MaxTotalExpandedBytes = 800_000 });

        await Assert.That(listing.Problems.Single().Kind).IsEqualTo(ArchiveProblemKind.BombGuard);
        await Assert.That(listing.Problems.Single().Message).Contains("800,000");
    }

    [Test]
    public async Task Nested_archives_past_the_spill_threshold_go_through_a_temp_file_that_is_removed()
    {
        using var folder = new TempDirectory();
        var files = new ArchiveFiles(folder);
        var inner = File.ReadAllBytes(files.Zip("inner.zip", ("deep.gba", Rom)));
        var outer = files.Zip("outer.zip", ("inner.zip", inner));
        var temp = folder.File("spill");
        Directory.CreateDirectory(temp);

        var listing = Enumerate(folder, outer, Limits(folder) with { SpillThresholdBytes = 1024, TempPath = temp });

        await AssertMember(listing, "deep.gba", Rom);
        await Assert.That(Directory.GetFiles(temp)).IsEmpty();
    }

    [Test]
    public async Task Spill_files_of_dead_processes_are_cleaned_up()
    {
        using var folder = new TempDirectory();
        var stale = folder.Write("spill-999999-0123.tmp", "left by a killed scan");
        var unrelated = folder.Write("keep-me.tmp", "not ours");

        SpillBuffer.CleanLeftovers(folder.Path);

        await Assert.That(File.Exists(stale)).IsFalse();
        await Assert.That(File.Exists(unrelated)).IsTrue();
    }

    [Test]
    public async Task A_file_that_is_not_an_archive_is_unsupported_not_a_crash()
    {
        using var folder = new TempDirectory();
        var text = folder.Write("fake.zip", "hello");

        var listing = Enumerate(folder, text);

        await Assert.That(listing.Problems.Single().Kind).IsEqualTo(ArchiveProblemKind.Unsupported);
    }

    [Test]
    public async Task Cancellation_is_honoured()
    {
        using var folder = new TempDirectory();
        var zip = new ArchiveFiles(folder).Zip("a.zip", ("a.nes", Rom));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        await Assert.That(() => ArchiveReader.Enumerate(zip, Limits(folder), PasswordDictionary.Empty, cancelled.Token))
            .Throws<OperationCanceledException>();
    }

    [Test]
    public async Task Password_dictionaries_skip_blank_lines_and_report_unreadable_files()
    {
        using var folder = new TempDirectory();
        var file = folder.Write("pw.txt", "one\n\ntwo\r\none\n");

        var loaded = PasswordDictionary.Load(file);
        var missing = PasswordDictionary.Load(folder.File("absent.txt"));

        await Assert.That(loaded.Passwords).IsEquivalentTo(["one", "two"]);
        await Assert.That(missing.Passwords).IsEmpty();
        await Assert.That(missing.Problem!).Contains("cannot be read");
    }

    private static ArchiveLimits Limits(TempDirectory folder) =>
        new(3, 128L * 1024 * 1024, 64L * 1024 * 1024 * 1024, 100_000, 1000, folder.File("tmp"), new HashOptions(1024 * 1024, long.MaxValue));

    private static ArchiveListing Enumerate(TempDirectory folder, string path, ArchiveLimits? limits = null, PasswordDictionary? passwords = null) =>
        ArchiveReader.Enumerate(path, limits ?? Limits(folder), passwords ?? PasswordDictionary.Empty, CancellationToken.None);

    private static async Task AssertMember(ArchiveListing listing, string path, byte[] content)
    {
        var member = listing.Members.Single(m => m.PathInArchive == path);
        await Assert.That(member.UncompressedSize).IsEqualTo((long)content.Length);
        await Assert.That(member.Hashes.Sha1.ToHex()).IsEqualTo(Sha1(content));
        await Assert.That(member.Hashes.Md5!.Value.ToHex()).IsEqualTo(Convert.ToHexStringLower(MD5.HashData(content)));
        await Assert.That(member.Hashes.Crc32!.Value.ToHex()).IsEqualTo(Crc32.HashToUInt32(content).ToString("x8"));
    }

    private static string Sha1(byte[] content) => Convert.ToHexStringLower(SHA1.HashData(content));

    private static byte[] Data(int size, int seed)
    {
        var data = new byte[size];
        new Random(seed).NextBytes(data);
        return data;
    }
}
