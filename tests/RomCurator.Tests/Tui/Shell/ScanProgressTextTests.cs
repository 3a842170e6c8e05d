using RomCurator.Core.Scans;
using RomCurator.Tui.Shell.Panes;

namespace RomCurator.Tests.Tui.Shell;

public sealed class ScanProgressTextTests
{
    private static readonly ScanProgress Hashing = new(
        "hashing", 20, 10, 20, 0, 10, 0, 0, 0, 0, 0, 0, "snes/Big Game.iso", TimeSpan.FromSeconds(70), null,
        BytesToProcess: 1L << 30, BytesProcessed: 1L << 29, CurrentSize: 600L << 20);

    [Test]
    public async Task Hashing_shows_percent_by_bytes_files_second_rate_and_time_left_from_when_hashing_began()
    {
        var start = Hashing with { BytesProcessed = 0, FilesProcessed = 0, Elapsed = TimeSpan.FromSeconds(10) };

        var text = ScanProgressText.Render(Hashing, start);

        await Assert.That(text).Contains("Reading 50% of 1.0 GiB · 10 of 20 files");
        // 512 MiB in the 60 s since hashing began: 8.5 MiB/s, and 512 MiB left at that rate is a minute.
        await Assert.That(text).Contains("8.5 MiB/s · about 1 min 00 s left");
        await Assert.That(text).Contains("Now: snes/Big Game.iso (600 MiB)");
        await Assert.That(ScanProgressText.Fraction(Hashing)).IsEqualTo(0.5f);
        // Files say 10 of 20 too, but the bar follows the bytes.
        await Assert.That(ScanProgressText.Fraction(Hashing with { BytesProcessed = 1L << 28 })).IsEqualTo(0.25f);
    }

    [Test]
    public async Task A_long_current_path_is_shortened_in_the_middle()
    {
        var text = ScanProgressText.Render(Hashing with { CurrentPath = string.Concat(Enumerable.Repeat("folder/", 20)) + "Game.iso" }, width: 60);
        var now = text.Split('\n').Single(l => l.StartsWith("Now: ", StringComparison.Ordinal));

        await Assert.That(now.Length).IsLessThanOrEqualTo(60);
        await Assert.That(now).Contains("…");
        await Assert.That(now).Contains("Game.iso");
    }

    [Test]
    public async Task Finished_cancelled_and_failed_scans_each_have_their_own_line_and_o_only_when_there_is_something_to_move()
    {
        var summary = new ScanSummary(3, "completed", false, ["snes"], 1234, 12, 1, 1221, 0, 0, 13, 1 << 20, 0, 0, 0, 5, 1, 1, 0, 2.5, []);

        var moves = ScanProgressText.Ended(summary, somethingToOrganize: true);
        var none = ScanProgressText.Ended(summary, somethingToOrganize: false);
        var cancelled = ScanProgressText.Ended(summary with { Status = "cancelled" }, true);
        var failed = ScanProgressText.Ended(summary with { Status = "failed", Problems = [new ScanProblem("failure", "", "disk I/O error")] }, true);

        await Assert.That(moves).IsEqualTo("Scan finished. Press o for the organizer's plan.");
        await Assert.That(ScanProgressText.Ended(summary with { Errors = 1234 }, true)).IsEqualTo("Scan finished with 1,234 problems. Press o for the organizer's plan.");
        await Assert.That(none).EndsWith("Nothing to organize.");
        await Assert.That(cancelled).IsEqualTo("Scan cancelled: the work done so far is kept; Enter resumes it.");
        await Assert.That(failed).IsEqualTo("Scan failed: disk I/O error. Enter resumes it.");
        await Assert.That(cancelled + failed + none).DoesNotContain("Press o");
    }
}
