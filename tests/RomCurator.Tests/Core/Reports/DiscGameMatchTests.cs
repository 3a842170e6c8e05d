using System.Text;
using RomCurator.Core.Reports;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Reports;

/// <summary>
/// A CHD made by chdman from a Redump-style set matches its DAT game as a whole when every track matches, even when
/// only the DAT's cue differs; a DAT game with a track the image lacks is reported as "3 of 4 tracks" and counts as
/// partial, not complete.
/// </summary>
public sealed class DiscGameMatchTests
{
    private const string Game = "Disc Game (Europe)";

    [Test]
    public async Task Every_track_matching_makes_the_game_complete_when_only_the_cue_differs()
    {
        DiscSets.SkipWithoutChdman();

        var set = DiscSets.CdSet(Game);
        var datFiles = new Dictionary<string, byte[]>(set)
        {
            [Game + ".cue"] = Encoding.UTF8.GetBytes("CATALOG 0000000000000\r\n" + Encoding.UTF8.GetString(set[Game + ".cue"])),
        };

        var report = ScanAgainst(set, datFiles);

        var disc = report.Discs.Single();
        await Assert.That(disc.DatGame).IsEqualTo(Game);
        await Assert.That(disc.TracksMatched).IsEqualTo(3L);
        await Assert.That(disc.Tracks).IsEqualTo(3L);
        await Assert.That(disc.Sheet).IsEqualTo("differs");
        await Assert.That(disc.Complete).IsTrue();
        await Assert.That(disc.Summary).IsEqualTo("complete, cue differs");
        var dat = report.Dats.Single();
        await Assert.That(dat.GamesComplete).IsEqualTo(1L);
        await Assert.That(dat.GamesPartial).IsEqualTo(0L);
    }

    [Test]
    public async Task A_matching_cue_and_tracks_are_complete_with_the_sheet_matched()
    {
        DiscSets.SkipWithoutChdman();

        var set = DiscSets.CdSet(Game);

        var report = ScanAgainst(set, set);

        var disc = report.Discs.Single();
        await Assert.That(disc.Sheet).IsEqualTo("matched");
        await Assert.That(disc.Complete).IsTrue();
        await Assert.That(disc.Summary).IsEqualTo("complete");
        await Assert.That(report.Dats.Single().GamesComplete).IsEqualTo(1L);
    }

    [Test]
    public async Task A_game_with_a_track_the_image_lacks_is_three_of_four_tracks_and_partial()
    {
        DiscSets.SkipWithoutChdman();

        var set = DiscSets.CdSet(Game);
        var datFiles = new Dictionary<string, byte[]>(set)
        {
            [$"{Game} (Track 4).bin"] = DiscSets.AudioTrack(160, 9),
        };

        var report = ScanAgainst(set, datFiles);

        var disc = report.Discs.Single();
        await Assert.That(disc.TracksMatched).IsEqualTo(3L);
        await Assert.That(disc.Tracks).IsEqualTo(4L);
        await Assert.That(disc.Complete).IsFalse();
        await Assert.That(disc.Summary).IsEqualTo("3 of 4 tracks, the image has 3");
        var dat = report.Dats.Single();
        await Assert.That(dat.GamesComplete).IsEqualTo(0L);
        await Assert.That(dat.GamesPartial).IsEqualTo(1L);
    }

    /// <summary>Builds a CHD of <paramref name="set"/> with chdman, a DAT game of <paramref name="datFiles"/>, scans, reports.</summary>
    private static LibraryReport ScanAgainst(Dictionary<string, byte[]> set, Dictionary<string, byte[]> datFiles)
    {
        using var fixture = new ScanFixture();
        using var work = new TempDirectory();
        DiscScanSetup.WriteChd(fixture, work, Game, set);
        DiscScanSetup.ImportDat(fixture, Game, datFiles);

        fixture.AddRoot();
        fixture.Scan();
        using var reading = fixture.Open();
        return new LibraryReporter(reading).Build(null);
    }
}
