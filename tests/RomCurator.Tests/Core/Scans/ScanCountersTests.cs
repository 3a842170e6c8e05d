using RomCurator.Core.Scans;

namespace RomCurator.Tests.Core.Scans;

public sealed class ScanCountersTests
{
    [Test]
    public async Task The_current_file_is_the_largest_one_being_read_and_its_bytes_count_once_read()
    {
        var counters = new ScanCounters { Phase = "hashing", CurrentPath = "last/found.sfc" };
        counters.ToProcess(3);
        counters.BytesToProcess(700);

        counters.Reading(1, "small.gb", 50);
        counters.Reading(2, "huge.iso", 600);
        var reading = counters.Snapshot(TimeSpan.FromSeconds(1));
        counters.Read(2, 600);
        var afterHuge = counters.Snapshot(TimeSpan.FromSeconds(2));
        counters.Read(1, 50);
        var idle = counters.Snapshot(TimeSpan.FromSeconds(3));

        await Assert.That(reading.CurrentPath).IsEqualTo("huge.iso");
        await Assert.That(reading.CurrentSize).IsEqualTo(600L);
        await Assert.That(reading.BytesProcessed).IsEqualTo(0L);
        await Assert.That(afterHuge.CurrentPath).IsEqualTo("small.gb");
        await Assert.That(afterHuge.BytesProcessed).IsEqualTo(600L);
        await Assert.That(idle.BytesProcessed).IsEqualTo(650L);
        await Assert.That(idle.CurrentSize).IsEqualTo(0L);
    }

    [Test]
    public async Task A_resumed_run_counts_what_its_earlier_part_found_and_hashed()
    {
        var counters = new ScanCounters { Phase = "hashing" };
        counters.DoneBefore(found: 100, files: 40, bytes: 4000);
        counters.ToProcess(60);
        counters.BytesToProcess(6000);

        var snapshot = counters.Snapshot(TimeSpan.FromSeconds(1));
        var summary = counters.Summarize(1, "running", true, ["r"], TimeSpan.FromSeconds(1), null);

        await Assert.That(snapshot.FilesDiscovered).IsEqualTo(100L);
        await Assert.That(snapshot.FilesProcessed).IsEqualTo(40L);
        await Assert.That(snapshot.FilesToProcess).IsEqualTo(100L);
        await Assert.That(snapshot.BytesProcessed).IsEqualTo(4000L);
        await Assert.That(snapshot.BytesToProcess).IsEqualTo(10000L);
        // The run's summary adds the earlier part itself (EarlierCounts): the counters' own part must not include it.
        await Assert.That(summary.FilesSeen).IsEqualTo(0L);
    }
}
