using RomCurator.Core.Archives;
using RomCurator.Tests.Support;
using static RomCurator.Tests.Support.ArchiveListings;

namespace RomCurator.Tests.Core.Archives;

/// <summary>Archive bombs stop the enumeration with a BombGuard problem: too many members, too dense, too big in total.</summary>
public sealed class ArchiveBombTests
{
    private static readonly byte[] Zeros = new byte[8 * 1024 * 1024];

    [Test]
    public async Task Too_many_members_trip_the_bomb_guard()
    {
        using var folder = new TempDirectory();
        var members = Enumerable.Range(0, 20).Select(i => ($"f{i}.nes", Data(10, i))).ToArray();
        var zip = new ArchiveFiles(folder).Zip("many.zip", members);

        var listing = Enumerate(folder, zip, Limits(folder) with { MaxMemberCount = 5 });

        await Assert.That(listing.Problems.Single().Kind).IsEqualTo(ArchiveProblemKind.BombGuard);
        await Assert.That(listing.Problems.Single().Message).Contains("more than 5 members");
        await Assert.That(listing.Members.Count).IsEqualTo(5);
    }

    [Test]
    [Arguments("zip")]
    [Arguments("7z")]
    [Arguments("tar.gz")]
    public async Task A_member_that_declares_too_dense_a_size_trips_the_bomb_guard(string format)
    {
        using var folder = new TempDirectory();
        var files = new ArchiveFiles(folder);
        var archive = format switch
        {
            "zip" => files.Zip("dense.zip", ("zeros.bin", Zeros)),
            // 7z records no compressed size per member: the archive's own size bounds it.
            "7z" => files.SevenZip("dense.7z", null, false, ("zeros.bin", Zeros)),
            _ => files.Tar("dense.tar.gz", true, ("zeros.bin", Zeros)),
        };

        var listing = Enumerate(folder, archive, Limits(folder) with { MaxCompressionRatio = 50 });

        await Assert.That(listing.Problems.Single().Kind).IsEqualTo(ArchiveProblemKind.BombGuard);
        await Assert.That(listing.Problems.Single().Message).Contains("above the 50:1 limit");
        await Assert.That(listing.Members).IsEmpty();
    }

    [Test]
    public async Task A_member_without_a_declared_size_is_stopped_by_the_bytes_it_really_expands_to()
    {
        using var folder = new TempDirectory();
        // A .gz declares no size: only counting the bytes while reading can catch it.
        var gz = new ArchiveFiles(folder).Gzip("zeros.bin.gz", Zeros);

        var listing = Enumerate(folder, gz, Limits(folder) with { MaxCompressionRatio = 50 });

        await Assert.That(listing.Problems.Single().Kind).IsEqualTo(ArchiveProblemKind.BombGuard);
        await Assert.That(listing.Problems.Single().Message).Contains("'zeros.bin' expands");
        await Assert.That(listing.Members).IsEmpty();
    }

    [Test]
    public async Task Total_expanded_bytes_are_capped_across_nested_archives()
    {
        using var folder = new TempDirectory();
        var files = new ArchiveFiles(folder);
        var inner = File.ReadAllBytes(files.Zip("inner.zip", ("a.bin", Data(300_000, 3)), ("b.bin", Data(300_000, 4))));
        var outer = files.Zip("outer.zip", ("inner.zip", inner));

        var listing = Enumerate(folder, outer, Limits(folder) with { MaxTotalExpandedBytes = 1_000_000 });

        await Assert.That(listing.Problems.Single().Kind).IsEqualTo(ArchiveProblemKind.BombGuard);
        await Assert.That(listing.Problems.Single().Message).Contains("more than 1,000,000 bytes");
        await Assert.That(listing.Members.Select(m => m.FullPath)).IsEquivalentTo(["inner.zip", "inner.zip/a.bin"]);
    }
}
