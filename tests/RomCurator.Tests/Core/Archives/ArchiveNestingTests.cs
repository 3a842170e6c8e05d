using RomCurator.Core.Archives;
using RomCurator.Tests.Support;
using static RomCurator.Tests.Support.ArchiveListings;

namespace RomCurator.Tests.Core.Archives;

/// <summary>Archives inside archives: followed to the depth limit, buffered in memory or a temp file that never outlives them.</summary>
public sealed class ArchiveNestingTests
{
    private static readonly byte[] Rom = Data(150_000, 1);
    private static readonly byte[] Other = Data(40_000, 2);

    [Test]
    public async Task Nested_archives_are_enumerated_and_their_members_hash_like_their_bytes()
    {
        using var folder = new TempDirectory();
        var files = new ArchiveFiles(folder);
        var innerZip = File.ReadAllBytes(files.Zip("inner.zip", ("deep.gba", Rom)));
        var zipInZip = files.Zip("outer.zip", ("inner.zip", innerZip), ("top.txt", Other));
        var zipIn7z = files.SevenZip("outer.7z", null, false, ("inner.zip", innerZip));

        foreach (var listing in new[] { Enumerate(folder, zipInZip), Enumerate(folder, zipIn7z) })
        {
            await Assert.That(listing.Problems).IsEmpty();
            await AssertMember(listing, "inner.zip/deep.gba", Rom);
            var deep = listing.Members.Single(m => m.PathInArchive == "deep.gba");
            await Assert.That(deep.ParentPath).IsEqualTo("inner.zip");
            await Assert.That(deep.Depth).IsEqualTo(2);
            await AssertMember(listing, "inner.zip", innerZip);
            await Assert.That(listing.Members.Single(m => m.PathInArchive == "inner.zip").IsArchive).IsTrue();
        }
    }

    [Test]
    public async Task A_tar_gz_inside_a_zip_is_followed()
    {
        using var folder = new TempDirectory();
        var files = new ArchiveFiles(folder);
        var tgz = File.ReadAllBytes(files.Tar("set.tar.gz", true, ("a.nes", Rom), ("b.nes", Other)));
        var outer = files.Zip("outer.zip", ("set.tar.gz", tgz));

        var listing = Enumerate(folder, outer);

        await Assert.That(listing.Problems).IsEmpty();
        await AssertMember(listing, "set.tar.gz/a.nes", Rom);
        await AssertMember(listing, "set.tar.gz/b.nes", Other);
    }

    [Test]
    public async Task Archives_past_the_depth_limit_are_hashed_but_not_opened()
    {
        using var folder = new TempDirectory();
        var files = new ArchiveFiles(folder);
        var level3 = File.ReadAllBytes(files.Zip("l3.zip", ("bottom.nes", Rom)));
        var level2 = File.ReadAllBytes(files.Zip("l2.zip", ("l3.zip", level3)));
        var level1 = files.Zip("l1.zip", ("l2.zip", level2));

        var limited = Enumerate(folder, level1, Limits(folder) with { MaxDepth = 2 });
        var deepEnough = Enumerate(folder, level1, Limits(folder) with { MaxDepth = 3 });

        await Assert.That(limited.Members.Select(m => m.FullPath)).IsEquivalentTo(["l2.zip", "l2.zip/l3.zip"]);
        await AssertMember(limited, "l2.zip/l3.zip", level3);
        await Assert.That(limited.Problems.Single().Kind).IsEqualTo(ArchiveProblemKind.DepthLimit);
        await Assert.That(limited.Problems.Single().Path).IsEqualTo("l2.zip/l3.zip");
        await Assert.That(deepEnough.Problems).IsEmpty();
        await AssertMember(deepEnough, "l2.zip/l3.zip/bottom.nes", Rom);
        await Assert.That(deepEnough.Members.Single(m => m.PathInArchive == "bottom.nes").Depth).IsEqualTo(3);
    }

    [Test]
    public async Task Problems_inside_a_nested_archive_name_it_and_spare_its_siblings()
    {
        using var folder = new TempDirectory();
        var files = new ArchiveFiles(folder);
        var locked = File.ReadAllBytes(files.EncryptedZip("locked.zip", "pw", ("a.nes", Rom)));
        var broken = File.ReadAllBytes(files.Zip("broken.zip", ("b.nes", Rom)))[..5000];
        var outer = files.Zip("outer.zip", ("locked.zip", locked), ("broken.zip", broken), ("fine.nes", Other));

        var listing = Enumerate(folder, outer);

        await Assert.That(listing.PasswordUsed).IsNull();
        await Assert.That(listing.Problems.Single(p => p.Kind == ArchiveProblemKind.PasswordRequired).Path).IsEqualTo("locked.zip");
        await Assert.That(listing.Problems.Single(p => p.Kind == ArchiveProblemKind.Corrupt).Path).IsEqualTo("broken.zip");
        await AssertMember(listing, "fine.nes", Other);
        await Assert.That(listing.Members.Select(m => m.FullPath)).IsEquivalentTo(["locked.zip", "broken.zip", "fine.nes"]);
    }

    [Test]
    public async Task Nested_archives_past_the_spill_threshold_go_through_a_temp_file_that_is_removed()
    {
        using var folder = new TempDirectory();
        var files = new ArchiveFiles(folder);
        var inner = File.ReadAllBytes(files.Zip("inner.zip", ("deep.gba", Rom)));
        var outer = files.Zip("outer.zip", ("inner.zip", inner));
        var temp = folder.File("spill");

        var listing = Enumerate(folder, outer, Limits(folder) with { SpillThresholdBytes = 1024, TempPath = temp });

        await Assert.That(listing.Problems).IsEmpty();
        await AssertMember(listing, "inner.zip/deep.gba", Rom);
        await Assert.That(Directory.Exists(temp)).IsTrue();
        await Assert.That(Directory.GetFiles(temp)).IsEmpty();
    }

    [Test]
    public async Task Spill_files_are_removed_when_the_nested_archive_fails()
    {
        using var folder = new TempDirectory();
        var files = new ArchiveFiles(folder);
        var inner = File.ReadAllBytes(files.Zip("inner.zip", ("deep.gba", Rom)));
        // A gzip of a zip, cut short: the failure comes while the zip's bytes are being copied to the spill file.
        var cutGzip = files.Gzip("inner.zip.gz", inner);
        Damage(cutGzip, bytes => bytes[..(bytes.Length * 3 / 4)]);
        var brokenZip = File.ReadAllBytes(files.Zip("broken.zip", ("deep.gba", Rom)))[..100_000];
        var outer = files.Zip("outer.zip", ("broken.zip", brokenZip));
        var temp = folder.File("spill");
        var limits = Limits(folder) with { SpillThresholdBytes = 1024, TempPath = temp };

        var gz = Enumerate(folder, cutGzip, limits);
        var zip = Enumerate(folder, outer, limits);

        await Assert.That(gz.Members).IsEmpty();
        await Assert.That(gz.Problems.Single().Kind).IsEqualTo(ArchiveProblemKind.Corrupt);
        await Assert.That(zip.Problems.Single().Path).IsEqualTo("broken.zip");
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
}
