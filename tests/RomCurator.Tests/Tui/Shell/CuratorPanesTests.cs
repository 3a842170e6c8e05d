using RomCurator.Tests.Support;
using Terminal.Gui.Input;

namespace RomCurator.Tests.Tui.Shell;

/// <summary>The Logs, Validate, Extensions, Platforms and Settings panes.</summary>
public sealed class CuratorPanesTests
{
    [Test]
    public async Task Logs_lists_runs_shows_a_summary_and_tails_the_category_logs()
    {
        using var library = new ShellLibrary();

        var runs = library.Press(Key.D7).Screen;
        var summary = library.Press(Key.Enter).Screen;
        var back = library.Press(Key.Enter).Screen;
        var log = library.Press(Key.L).Screen;

        await Assert.That(runs).Contains("Scan ");
        await Assert.That(runs).Contains("DAT import");
        await Assert.That(runs).Contains("finished");
        await Assert.That(runs).DoesNotContain("file_ingestion");
        await Assert.That(summary).Contains("Found 3 files: 3 new, 0 changed, 0 unchanged, 0 missing.");
        await Assert.That(summary).Contains("Read 8.1 KiB from 3 files.");
        await Assert.That(summary).DoesNotContain("files_seen");
        await Assert.That(back).Contains("STARTED (UTC)");
        await Assert.That(log).Contains("Log 'ingestion");
    }

    [Test]
    public async Task Validate_lists_unmatched_files_then_stale_records()
    {
        using var library = new ShellLibrary();
        File.Delete(Path.Combine(library.Fixture.Library, "snes", "Unknown Hack.sfc"));
        library.Fixture.Scan();

        var reading = library.Press(Key.D8).Screen;
        var unmatched = library.ValidateShown().Screen;
        var stale = library.Press(Key.V).ValidateShown().Screen;

        await Assert.That(reading).Contains("Files that match no DAT entry: reading…");
        await Assert.That(reading).DoesNotContain("snes/Zelda (Japan).sfc");
        await Assert.That(unmatched).Contains("snes/Zelda (Japan).sfc");
        await Assert.That(unmatched).Contains("has suggestions in the review queue");
        await Assert.That(stale).Contains("Stale file records");
        await Assert.That(stale).Contains("snes/Unknown Hack.sfc");
    }

    [Test]
    public async Task Extensions_toggle_and_link_from_the_keyboard()
    {
        using var library = new ShellLibrary();

        var screen = library.Press(Key.D9).Screen;
        var first = Sql.Scalar<string>(library.Connection,
            "SELECT e.extension FROM file_extension e LEFT JOIN file_type_category c USING (category_id) ORDER BY c.category_id, e.extension LIMIT 1");
        library.Press(Key.T);
        var disabled = Sql.Scalar<long>(library.Connection, "SELECT is_active FROM file_extension WHERE extension = $e", ("$e", first));
        library.Press(Key.A).Answer("xyz1").Answer("rom").Answer("snes");

        await Assert.That(screen).Contains("EXT");
        await Assert.That(disabled).IsEqualTo(0L);
        await Assert.That(library.Window.PromptText).Contains("'xyz1' is in the registry as rom");
        await Assert.That(Sql.Scalar<long>(library.Connection, "SELECT count(*) FROM platform_extension WHERE extension = 'xyz1'")).IsEqualTo(1L);
    }

    [Test]
    public async Task Platforms_add_a_name_and_map_an_unknown_extension()
    {
        using var library = new ShellLibrary();
        library.Fixture.Write("snes/Odd.qqq", "odd");
        library.Fixture.Scan();

        library.Press(Key.D0, Key.A).Answer("Super Famicom Jr").Answer("snes");
        var linked = library.Window.PromptText;
        var unknown = library.Press(Key.V).Screen;
        library.Press(Key.G, Key.P).Answer("snes");

        await Assert.That(linked).Contains("'Super Famicom Jr' now leads to Nintendo - Super Nintendo Entertainment System");
        await Assert.That(unknown).Contains("qqq");
        await Assert.That(library.Window.PromptText).Contains("'.qqq' is a snes ROM");
        await Assert.That(Sql.Scalar<long>(library.Connection, "SELECT count(*) FROM file_extension WHERE extension = 'qqq'")).IsEqualTo(1L);
    }

    [Test]
    public async Task Settings_are_saved_to_the_user_config_file_and_bad_values_are_refused()
    {
        using var library = new ShellLibrary();
        var file = library.Fixture.Settings.Paths.UserConfigFile;

        var before = library.Press(Key.F12, Key.G).Screen;
        library.Press(Key.Enter).Answer("2");
        var saved = library.Window.PromptText;
        library.Press(Key.Enter).Answer("99");
        var refused = string.Join(" ", library.Window.PopupLines);
        var kept = library.Window.Typing;
        library.Press(Key.Esc);
        var screen = library.Screen;

        await Assert.That(before).DoesNotContain("Saved");
        await Assert.That(before).Contains("how deep archives inside archives are opened (0: not at all)");
        await Assert.That(before).Contains("Config key: archives.maxDepth");
        await Assert.That(saved).IsEqualTo("Saved archives.maxDepth = 2.");
        await Assert.That(File.ReadAllText(file)).Contains("\"maxDepth\": 2");
        await Assert.That(refused).Contains("Not saved");
        await Assert.That(refused).Contains("between 0 and 32");
        await Assert.That(kept).IsEqualTo("99");
        await Assert.That(screen).Contains("Archives inside archives: levels opened  2");
        await Assert.That(screen).Contains("Saved: Archives inside archives");
    }

    [Test]
    public async Task A_size_setting_shows_and_takes_MiB()
    {
        using var library = new ShellLibrary();
        library.Press(Key.F12, Key.G, Key.J, Key.J, Key.J);

        var shown = library.Screen;
        library.Press(Key.Enter).Answer("16 MiB");

        await Assert.That(shown).Contains("Read size while hashing");
        await Assert.That(shown).DoesNotContain("│scan.hashChunkSizeBytes");
        await Assert.That(shown).Contains("Config key: scan.hashChunkSizeBytes");
        await Assert.That(File.ReadAllText(library.Fixture.Settings.Paths.UserConfigFile)).Contains("16777216");
        await Assert.That(library.Screen).Contains("16.0 MiB");
    }
}
