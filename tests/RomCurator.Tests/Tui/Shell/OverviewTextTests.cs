using RomCurator.Core.Reports;
using RomCurator.Core.Runs;
using RomCurator.Tui.Shell;

namespace RomCurator.Tests.Tui.Shell;

public sealed class OverviewTextTests
{
    private static readonly DateTime Now = new(2026, 12, 5, 12, 0, 0, DateTimeKind.Utc);

    [Test]
    public async Task The_dashboard_reads_in_words_and_units_with_a_bar_per_platform_and_no_table_names()
    {
        var facts = new OverviewFacts(
            new LibraryTotals([new RootTotals("snes", "/mnt/nas/roms/snes", "Nintendo - Super Nintendo Entertainment System", true, 1234, 1288490189)], 2, 5678, 3),
            [new DatCoverage("Nintendo - Game Boy", "1", "Nintendo - Game Boy", 200, 50, 10, 140, 200, 55, 145)],
            new RunRecord(7, "file_ingestion", "completed", "2026-12-05 09:00:00", "2026-12-05 10:00:00", 1234, null),
            null,
            "/data/romcurator.db",
            title => title == "Review" ? "4" : "?");

        var lines = OverviewText.Render(facts, 78, Now);
        var text = string.Join('\n', lines);

        await Assert.That(lines[0]).IsEqualTo("Library    1 root · 1,234 files · 1.2 GiB");
        await Assert.That(text).Contains("snes");
        await Assert.That(text).Contains("/mnt/nas/roms/snes");
        await Assert.That(text).Contains("2 DATs · 5,678 entries");
        await Assert.That(text).Contains("███░░░░░░░  25%  50 of 200 games, 10 partial");
        await Assert.That(text).Contains("3 files wait for a decision (press 4)");
        await Assert.That(text).Contains("Last scan  finished 2 hours ago, 1,234 files (run 7)");
        await Assert.That(text).Contains("Organized  never");
        await Assert.That(text).Contains("Next: press 4 to decide on the 3 files waiting for review.");
        await Assert.That(text).DoesNotContain("file_instance");
        await Assert.That(lines.Where(l => l.Length > 78)).IsEmpty();
    }

    [Test]
    public async Task A_long_root_path_is_shortened_in_the_middle_to_the_width()
    {
        var path = "/mnt/nas/" + string.Concat(Enumerable.Repeat("deep/", 30)) + "Game Boy";
        var facts = new OverviewFacts(new LibraryTotals([new RootTotals("gb", path, null, false, 1, 1)], 0, 0, 0), [], null, null, "/d.db", _ => "3");

        var lines = OverviewText.Render(facts, 78, Now);

        await Assert.That(lines[1]).Contains("(paused)");
        await Assert.That(lines[1]).Contains("/mnt/nas/");
        await Assert.That(lines[1]).Contains("…");
        await Assert.That(lines[1]).EndsWith("Game Boy");
        await Assert.That(lines[1].Length).IsEqualTo(78);
        await Assert.That(string.Join('\n', lines)).Contains("Next: press 3, then i, to import the DATs");
    }
}
