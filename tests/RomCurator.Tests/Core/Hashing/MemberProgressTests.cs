using RomCurator.Core.Archives;
using RomCurator.Core.Classification;
using RomCurator.Core.Digests;
using RomCurator.Core.FileSystem;
using RomCurator.Core.Scans;
using RomCurator.Core.Discovery;
using RomCurator.Core.Hashing;
using RomCurator.Tests.Support;
using static RomCurator.Tests.Support.ArchiveListings;

namespace RomCurator.Tests.Core.Hashing;

/// <summary>The scan's "Now:" names the archive member being read, not only the archive (issue 13, honest progress).</summary>
public sealed class MemberProgressTests
{
    [Test]
    public async Task Enumerating_an_archive_tells_each_member_as_its_reading_starts_nested_ones_by_their_full_path()
    {
        using var folder = new TempDirectory();
        var files = new ArchiveFiles(folder);
        var inner = File.ReadAllBytes(files.Zip("inner.zip", ("deep.gba", Data(50_000, 1))));
        var outer = files.Zip("outer.zip", ("inner.zip", inner), ("top.nes", Data(20_000, 2)));
        var started = new List<string>();

        var listing = ArchiveReader.Enumerate(outer, Limits(folder), PasswordDictionary.Empty, CancellationToken.None, started.Add);

        await Assert.That(listing.Problems).IsEmpty();
        await Assert.That(string.Join(" | ", started)).IsEqualTo("inner.zip | inner.zip/deep.gba | top.nes");
    }

    [Test]
    public async Task The_hashing_phase_reports_the_member_being_read_as_archive_hash_member()
    {
        using var folder = new TempDirectory();
        var files = new ArchiveFiles(folder);
        Directory.CreateDirectory(folder.File("roms"));
        var zip = files.Zip("roms/set.zip", ("game.gb", Data(30_000, 3)));
        var counters = new ScanCounters();
        var seen = new List<string?>();
        var hasher = new FileHasher(new FileClassifier(new ExtensionRegistry([])), new RomCurator.Core.Configuration.ScanSettings().HashOptions(), Limits(folder), PasswordDictionary.Empty, null);
        var job = new HashJob(7, 1, new RootedPath(folder.Path, "roms/set.zip"), new FileInfo(zip).Length, DiscoveryStager.FormatTime(File.GetLastWriteTimeUtc(zip)), 0);

        var outcome = hasher.Hash(job, CancellationToken.None, member =>
        {
            counters.Reading(job.DiscoveryId, job.Path.Relative + "#" + member, job.Size);
            seen.Add(counters.Snapshot(TimeSpan.Zero).CurrentPath);
        });

        await Assert.That(outcome.Failure).IsNull();
        await Assert.That(string.Join(" | ", seen)).IsEqualTo("roms/set.zip#game.gb");
    }
}
