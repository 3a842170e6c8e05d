using RomCurator.Tui.Presentation;
using RomCurator.Tui.Shell;
using Terminal.Gui.Drawing;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace RomCurator.Tests.Tui.Presentation;

public sealed class PresentationTests
{
    [Test]
    public async Task Sizes_counts_and_percentages_read_as_words_with_units()
    {
        await Assert.That(Units.Size(0)).IsEqualTo("0 bytes");
        await Assert.That(Units.Size(1)).IsEqualTo("1 byte");
        await Assert.That(Units.Size(1536)).IsEqualTo("1.5 KiB");
        await Assert.That(Units.Size(1288490189)).IsEqualTo("1.2 GiB");
        await Assert.That(Units.Size(600L << 20)).IsEqualTo("600 MiB");
        await Assert.That(Units.Count(1, "file")).IsEqualTo("1 file");
        await Assert.That(Units.Count(1234, "file")).IsEqualTo("1,234 files");
        await Assert.That(Units.Count(2, "entry", "entries")).IsEqualTo("2 entries");
        await Assert.That(Units.Plural(1, "line")).IsEqualTo("line");
        await Assert.That(Units.Plural(0, "line")).IsEqualTo("lines");
        await Assert.That(Units.Plural(2, "is", "are")).IsEqualTo("are");
        await Assert.That(Units.Percent(999, 1000)).IsEqualTo("99%");
        await Assert.That(Units.Percent(1, 1000)).IsEqualTo("1%");
        await Assert.That(Units.Percent(5, 0)).IsEqualTo("0%");
        await Assert.That(Units.Duration(TimeSpan.FromSeconds(185))).IsEqualTo("3 min 05 s");
    }

    [Test]
    public async Task Paths_are_cut_in_the_middle_and_names_at_the_end()
    {
        var path = "/mnt/nas/roms/Nintendo - Game Boy/USA/Tetris (World) (Rev 1).gb";

        var middle = TextFit.Middle(path, 40);

        await Assert.That(middle.Length).IsEqualTo(40);
        await Assert.That(middle).StartsWith("/mnt/nas/");
        await Assert.That(middle).EndsWith("(Rev 1).gb");
        await Assert.That(middle).Contains("…");
        await Assert.That(TextFit.Middle("short", 40)).IsEqualTo("short");
        await Assert.That(TextFit.End("Super Mario World", 10)).IsEqualTo("Super Mar…");
    }

    [Test]
    public async Task Run_summaries_are_sentences_for_each_job_and_key_value_lines_otherwise()
    {
        var dat = RunSummaryText.Lines("dat_import", """{"status":"completed","file":"/d/gb.dat","dat_name":"Nintendo - Game Boy","version":"1","format":"clrmamepro","platform":"Nintendo - Game Boy","unchanged":false,"games":2254,"roms":2254,"disks":0,"entries_new":2254,"entries_updated":0,"entries_removed":0,"duration_s":0.7,"error":null}""");
        var organize = RunSummaryText.Lines("organizer", """{"run_id":4,"status":"completed","mode":"apply","moved":12,"failed":1,"in_place":3,"conflicts":0,"skipped":5,"recovered":0,"failures":["a.gb: disk full"]}""");
        var other = RunSummaryText.Lines("something_new", """{"answer":42}""");
        var broken = RunSummaryText.Lines("file_ingestion", "not json");

        await Assert.That(dat[0]).IsEqualTo("DAT 'Nintendo - Game Boy' 1 (clrmamepro) for Nintendo - Game Boy, finished in 0 s.");
        await Assert.That(dat[1]).IsEqualTo("2,254 games, 2,254 ROMs, 0 disks; entries 2,254 new, 0 updated, 0 removed.");
        await Assert.That(organize[1]).IsEqualTo("Moved 12 files; 3 already in place, 0 conflicts, 5 skipped, 1 failed.");
        await Assert.That(organize[2]).IsEqualTo("Failed: a.gb: disk full");
        await Assert.That(other).IsEquivalentTo(new[] { "answer: 42" });
        await Assert.That(broken).IsEquivalentTo(new[] { "not json" });
        await Assert.That(JobNames.Words("file_ingestion")).IsEqualTo("Scan");
        await Assert.That(JobNames.Words("matching")).IsEqualTo("Match");
    }

    [Test]
    public async Task The_theme_gives_each_meaning_its_own_colour_and_none_without_colour()
    {
        var normal = new Attribute(Color.White, Color.Black);
        var wasPlain = Theme.Plain;
        try
        {
            Theme.Plain = false;
            var colours = new[] { Tone.Good, Tone.Attention, Tone.Problem, Tone.Dim }.Select(t => Theme.For(t, normal)).ToList();
            Theme.Plain = true;
            var plain = new[] { Tone.Good, Tone.Attention, Tone.Problem, Tone.Dim }.Select(t => Theme.For(t, normal)).ToList();

            await Assert.That(colours.All(c => c is not null)).IsTrue();
            await Assert.That(colours.Select(c => c!.Value.Foreground).Distinct().Count()).IsEqualTo(4);
            await Assert.That(plain.All(c => c is null)).IsTrue();
            await Assert.That(Theme.Confidence(0.95)).IsEqualTo(Tone.Good);
            await Assert.That(Theme.Confidence(0.75)).IsEqualTo(Tone.Attention);
            await Assert.That(Theme.Confidence(0.4)).IsEqualTo(Tone.Problem);
            await Assert.That(PlainColours.Wanted(name => name == "NO_COLOR" ? "1" : null)).IsTrue();
        }
        finally
        {
            Theme.Plain = wasPlain;
        }
    }
}
