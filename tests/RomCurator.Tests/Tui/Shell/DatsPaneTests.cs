using RomCurator.Core.Dats.Catalog;
using RomCurator.Tests.Core.Dats;
using RomCurator.Tests.Support;
using RomCurator.Tui.Shell.Panes;
using Terminal.Gui.Input;

namespace RomCurator.Tests.Tui.Shell;

/// <summary>The DATs pane (3): the imported DATs, importing a folder by its path, removing one after a question.</summary>
public sealed class DatsPaneTests
{
    [Test]
    public async Task Lists_imports_a_folder_in_the_background_and_removes_a_dat_after_asking()
    {
        using var library = new ShellLibrary();
        var folder = Path.Combine(library.Fixture.Home, "more-dats");
        Directory.CreateDirectory(Path.Combine(folder, "deeper"));
        File.WriteAllText(Path.Combine(folder, "One.dat"), DatTexts.ClrMamePro("Acme - One", [("A (USA)", "00000001")]));
        File.WriteAllText(Path.Combine(folder, "deeper", "Two.dat"), DatTexts.ClrMamePro("Acme - Two", [("B (USA)", "00000002"), ("B (USA)", "00000003")]));

        var listed = library.Press(Key.D3).DatsCounted().Screen;
        var pane = (DatsPane)library.Window.Current;
        library.Press(Key.I).Answer(folder);
        library.Until(pane.Tick, () => !pane.IsRunning);
        var imported = library.Window.PromptText;
        var after = library.DatsCounted().Press(Key.G).Screen;
        library.Press(Key.X, Key.N);
        var kept = Sql.Scalar<long>(library.Connection, "SELECT count(*) FROM dat_file WHERE name = 'Acme - One'");
        library.Press(Key.X);
        var question = library.Window.PromptText;
        library.Press(Key.Y);

        await Assert.That(listed).Contains("ENTRIES");
        await Assert.That(listed).Contains("Nintendo - Game Boy");
        await Assert.That(imported).Contains("Imported: 2 of 2 DATs, 1 problem");
        await Assert.That(after).Contains("Acme - Two");
        await Assert.That(kept).IsEqualTo(1L);
        await Assert.That(question).Contains("Remove DAT 'Acme - One'");
        await Assert.That(library.Window.PromptText).Contains("Removed 'Acme - One': 1 entry");
        await Assert.That(Sql.Scalar<long>(library.Connection, "SELECT count(*) FROM dat_file WHERE name = 'Acme - One'")).IsEqualTo(0L);
    }

    [Test]
    public async Task The_list_draws_at_once_with_a_placeholder_and_the_counts_follow_from_the_background()
    {
        using var library = new ShellLibrary();

        var first = library.Press(Key.D3).Screen;
        var counted = library.DatsCounted().Screen;

        await Assert.That(first).Contains("[3 DATs]");
        await Assert.That(first).Contains("Counting the imported DATs and what the library has of them…");
        await Assert.That(first).DoesNotContain("Nintendo - Game Boy");
        await Assert.That(counted).Contains("ENTRIES");
        await Assert.That(counted).Contains("Nintendo - Game Boy");
        await Assert.That(counted).DoesNotContain("Counting");
    }

    [Test]
    public async Task A_row_fits_80_columns_and_shows_what_the_library_has()
    {
        var row = DatRows.Row(new ImportedDat(new string('N', 50), "2026.08.01 (extra)", "logiqx", "Nintendo - Super Nintendo Entertainment System",
            "2026-12-05 01:00:00", 200, 210, 50, 10, 140));

        await Assert.That(row.Length).IsLessThanOrEqualTo(79);
        await Assert.That(row).EndsWith("  25%   70%");
        await Assert.That(DatRows.Header.Length).IsEqualTo(row.Length);
    }

    [Test]
    public async Task Coming_back_shows_the_last_counts_marked_while_they_are_counted_again()
    {
        using var library = new ShellLibrary();

        library.Press(Key.D3).DatsCounted();
        var again = library.Press(Key.D2, Key.D3).Screen;
        var pane = (DatsPane)library.Window.Current;
        var countedYet = pane.Counted;
        library.Press(Key.X);
        var refused = library.Window.PromptText;
        var recounted = library.DatsCounted().Screen;

        await Assert.That(again).Contains(DatsPane.Refreshing);
        await Assert.That(again).Contains("Nintendo - Game Boy");
        await Assert.That(again).Contains("ENTRIES");
        await Assert.That(countedYet).IsFalse();
        await Assert.That(refused).Contains("being counted again");
        await Assert.That(recounted).DoesNotContain(DatsPane.Refreshing);
        await Assert.That(recounted).Contains("Nintendo - Game Boy");
    }

    [Test]
    public async Task The_detail_strip_gives_the_name_then_the_facts_whole_at_80_columns()
    {
        using var library = new ShellLibrary();

        var screen = library.Press(Key.D3).DatsCounted().Press(Key.G).Screen;
        var note = ((DatsPane)library.Window.Current).Note.Split('\n');

        await Assert.That(note.Length).IsEqualTo(2);
        await Assert.That(note[0]).IsEqualTo("Nintendo - Game Boy");
        await Assert.That(note[1]).StartsWith("1 game: 1 complete, 0 partial, 0 missing · clrmamepro, imported ");
        await Assert.That(screen).Contains("│1 game: 1 complete, 0 partial, 0 missing · clrmamepro, imported ");
    }

    [Test]
    public async Task A_failed_count_is_one_plain_line_without_the_exception_type()
    {
        var line = RomCurator.Tui.Shell.ReadFailure.Line("DATs not counted", new Microsoft.Data.Sqlite.SqliteException("SQLite Error 11: 'database disk image is malformed'.\nmore", 11));

        await Assert.That(line).IsEqualTo("DATs not counted: SQLite Error 11: 'database disk image is malformed'. more (Ctrl+R tries again)");
        await Assert.That(line).DoesNotContain("SqliteException");
    }
}
