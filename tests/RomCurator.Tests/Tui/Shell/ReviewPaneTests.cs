using RomCurator.Core.Review;
using RomCurator.Tests.Support;
using RomCurator.Tui.Shell.Panes;
using Terminal.Gui.Input;

namespace RomCurator.Tests.Tui.Shell;

public sealed class ReviewPaneTests
{
    [Test]
    public async Task Slash_filters_and_o_changes_the_order()
    {
        using var library = new ShellLibrary();
        library.Press(Key.D5).ReviewShown();

        library.Press((Key)'/').Answer("no match here").ReviewShown();
        var filtered = library.Screen;
        library.Press((Key)'/').Answer("").ReviewShown();
        var all = library.Screen;
        library.Press(Key.O).ReviewShown();
        var byConfidence = library.Screen;

        await Assert.That(filtered).Contains("No suggestion matches 'no match here'.");
        await Assert.That(filtered).Contains("[filter: no match here]");
        await Assert.That(filtered).DoesNotContain("Zelda (Japan).sfc");
        await Assert.That(all).Contains("Zelda (Japan).sfc");
        await Assert.That(byConfidence).Contains("Order: confidence");
    }

    [Test]
    public async Task B_accepts_everything_at_or_above_a_typed_threshold_after_a_confirmation()
    {
        using var library = new ShellLibrary();
        library.Press(Key.D5).ReviewShown();

        library.Press(Key.B).Answer("1.5");
        var outOfRange = library.Window.PromptText;
        library.Press(Key.B).Answer("0.99");
        var noneThatHigh = library.Window.PromptText;
        library.Press(Key.B).Answer("0.3");
        var question = library.Window.PromptText;
        library.Press(Key.Y).ReviewShown();

        await Assert.That(outOfRange).Contains("not a threshold between 0 and 1");
        await Assert.That(noneThatHigh).Contains("No file has a suggestion at or above 0.99");
        await Assert.That(question).Contains("Accept the best suggestion of 1 file at or above 0.30? (y/n)");
        await Assert.That(library.Window.PromptText).Contains("accepted the best suggestion of 1 file");
        await Assert.That(Sql.Scalar<long>(library.Connection, "SELECT count(*) FROM ingestion_candidate WHERE decision = 'accepted'")).IsEqualTo(1L);
        await Assert.That(library.Screen).Contains("The review queue is empty.");
    }

    [Test]
    public async Task The_detail_strip_shows_the_full_file_then_platform_region_and_reason()
    {
        using var library = new ShellLibrary();

        var screen = library.Press(Key.D5).ReviewShown().Screen;

        // The facts line is cut at its end (Enter shows the whole reason), never in the middle of two fields.
        await Assert.That(screen).Contains("Nintendo - Super Nintendo Entertainment System · Japan · ");
        await Assert.That(screen).Contains(" (low) · title '");
        await Assert.That(screen).Contains("snes/Zelda (Japan).sfc");
    }

    [Test]
    public async Task The_filter_follows_the_typing_and_escape_puts_the_old_one_back()
    {
        using var library = TwoSuggestions();
        library.Press(Key.D5).ReviewShown().Press((Key)'/').Type("Densetsu (").ReviewShown();
        var typing = library.Screen;
        library.Press(Key.Esc).ReviewShown();

        await Assert.That(typing).Contains("Zelda no Densetsu (Japan).sfc");
        await Assert.That(typing).DoesNotContain("Zelda (Japan).sfc");
        await Assert.That(typing).Contains("[filter: Densetsu (]");
        await Assert.That(library.Screen).Contains("Zelda (Japan).sfc");
        await Assert.That(library.Screen).DoesNotContain("[filter:");
    }

    [Test]
    public async Task A_bulk_accept_is_undone_in_one_step_and_undo_puts_the_cursor_on_the_restored_file()
    {
        using var library = TwoSuggestions();
        library.Press(Key.D5).ReviewShown();
        var open = Sql.Scalar<long>(library.Connection, "SELECT count(*) FROM ingestion_candidate WHERE coalesce(processed, 0) = 0");

        library.Press(Key.B).Answer("0.1").Press(Key.Y).ReviewShown();
        var accepted = Sql.Scalar<long>(library.Connection, "SELECT count(*) FROM ingestion_candidate WHERE decision = 'accepted'");
        library.Press(Key.U).ReviewShown();
        var afterUndo = Sql.Scalar<long>(library.Connection, "SELECT count(*) FROM ingestion_candidate WHERE decision = 'accepted'");
        var message = library.Window.PromptText;
        library.Press(Key.G, Key.J, Key.A).ReviewShown().Press(Key.G, Key.U).ReviewShown();
        var pane = (RomCurator.Tui.Shell.Panes.ReviewPane)library.Window.Current;

        await Assert.That(accepted).IsEqualTo(2L);
        await Assert.That(afterUndo).IsEqualTo(0L);
        await Assert.That(message).IsEqualTo("undid the bulk accept of 2 files");
        await Assert.That(Sql.Scalar<long>(library.Connection, "SELECT count(*) FROM ingestion_candidate WHERE coalesce(processed, 0) = 0")).IsEqualTo(open);
        await Assert.That(pane.Note).StartsWith("snes/Zelda no Densetsu (Japan).sfc");
    }

    [Test]
    public async Task Names_end_with_an_ellipsis_at_80_columns_and_a_wide_terminal_gives_them_the_room()
    {
        using var narrow = new ShellLibrary();
        using var wide = new ShellLibrary(120, 30);

        var narrowRow = narrow.Press(Key.D5).ReviewShown().Screen.Split('\n').Single(l => l.Contains("0.") && l.Contains("Zelda (Japan)"));
        var wideRow = wide.Press(Key.D5).ReviewShown().Screen.Split('\n').Single(l => l.Contains("0.") && l.Contains("Zelda (Japan)"));

        await Assert.That(narrowRow).Contains("Kamigami no Trifor");
        await Assert.That(narrowRow).Contains("…");
        await Assert.That(wideRow).Contains("Zelda no Densetsu - Kamigami no Triforce (Japan)");
        await Assert.That(wideRow.IndexOf("Zelda no Densetsu", StringComparison.Ordinal)).IsGreaterThan(narrowRow.IndexOf("Zelda no Densetsu", StringComparison.Ordinal));
    }

    [Test]
    public async Task The_pane_draws_at_once_and_its_page_follows_from_a_background_read()
    {
        using var library = new ShellLibrary();

        var reading = library.Press(Key.D5).Screen;
        var shown = library.ReviewShown().Screen;

        await Assert.That(reading).Contains("[5 Review]");
        await Assert.That(reading).Contains("Reading the review queue…");
        await Assert.That(reading).DoesNotContain("Zelda (Japan).sfc");
        await Assert.That(shown).Contains("Zelda (Japan).sfc");
        await Assert.That(shown).DoesNotContain("Reading the review queue…");
    }

    [Test]
    public async Task Decisions_made_while_the_page_is_read_again_apply_to_the_rows_on_screen_one_after_the_other()
    {
        using var library = FiveFiles();
        library.Press(Key.D5).ReviewShown();
        var seen = new ReviewQueue(library.Connection).Open();
        var pane = (ReviewPane)library.Window.Current;

        // No read is let finish between the keys: each decision lands while the page read it asked for is pending.
        library.Press(Key.A);
        var afterOne = pane.Note;
        library.Press(Key.A, Key.S);
        var afterSkip = library.Screen;
        library.Press(Key.A);
        var pending = !pane.Shown;
        var shown = library.ReviewShown().Screen;

        await Assert.That(seen.Count).IsEqualTo(5);
        await Assert.That(pending).IsTrue();
        await Assert.That(afterOne).StartsWith(seen[1].File);
        await Assert.That(Decided(library, "accepted")).IsEquivalentTo([seen[0].CandidateId, seen[1].CandidateId, seen[3].CandidateId]);
        await Assert.That(Decided(library, "skipped")).IsEquivalentTo([seen[2].CandidateId]);
        await Assert.That(afterSkip).Contains("[skipped] " + seen[2].File);
        // Once read again: the one file not decided, then the skipped one after it; the cursor on the one it was on.
        await Assert.That(shown).Contains("2 open suggestions.");
        await Assert.That(shown.IndexOf(seen[4].File, StringComparison.Ordinal)).IsLessThan(shown.IndexOf("[skipped] " + seen[2].File, StringComparison.Ordinal));
        await Assert.That(shown).DoesNotContain(seen[0].File + " ");
        await Assert.That(pane.Note).StartsWith(seen[4].File);
    }

    [Test]
    public async Task A_row_decided_elsewhere_meanwhile_is_said_so_and_the_page_is_read_again()
    {
        using var library = FiveFiles();
        library.Press(Key.D5).ReviewShown();
        var first = new ReviewQueue(library.Connection).Open()[0];
        new ReviewQueue(library.Connection).Reject(first.CandidateId);

        library.Press(Key.A);
        var message = library.Window.PromptText;
        var shown = library.ReviewShown().Screen;

        await Assert.That(message).Contains("already decided");
        await Assert.That(Decided(library, "accepted")).IsEmpty();
        await Assert.That(shown).Contains("4 open suggestions.");
    }

    [Test]
    public async Task Accepting_a_files_second_suggestion_moves_on_to_the_next_file_not_past_it()
    {
        using var library = FiveFiles();
        var first = new ReviewQueue(library.Connection).Open()[0].RomId;
        Sql.Execute(library.Connection, $"""
            INSERT INTO ingestion_candidate (rom_id, dat_entry_id, confidence, reason, processed, log_id)
            SELECT {first}, (SELECT max(dat_entry_id) FROM dat_entry WHERE game_name NOT LIKE 'Zelda%'), 0.2, 'test', 0, (SELECT max(log_id) FROM import_log);
            """);
        library.Press(Key.D5).ReviewShown();
        var seen = new ReviewQueue(library.Connection).Open();
        var pane = (ReviewPane)library.Window.Current;

        // The cursor on the first file's second suggestion: accepting settles both of that file's rows.
        library.Press(Key.J);
        var onSecond = pane.Note;
        library.Press(Key.A);
        var atOnce = pane.Note;
        library.ReviewShown();
        var onceRead = pane.Note;
        library.Press(Key.S);
        var skippedNext = pane.Note;

        await Assert.That(seen.Count).IsEqualTo(6);
        await Assert.That(seen[1].RomId).IsEqualTo(seen[0].RomId);
        await Assert.That(seen[2].RomId).IsNotEqualTo(seen[0].RomId);
        await Assert.That(onSecond).StartsWith(seen[1].File);
        await Assert.That(atOnce).StartsWith(seen[2].File);
        await Assert.That(onceRead).StartsWith(seen[2].File);
        await Assert.That(Decided(library, "skipped")).IsEquivalentTo([seen[2].CandidateId]);
        await Assert.That(skippedNext).StartsWith(seen[3].File);
    }

    [Test]
    public async Task A_decision_while_another_program_holds_the_database_is_one_line_and_the_row_stays()
    {
        using var library = FiveFiles();
        library.Press(Key.D5).ReviewShown();
        var seen = new ReviewQueue(library.Connection).Open();
        var pane = (ReviewPane)library.Window.Current;
        Sql.Execute(library.Connection, "PRAGMA busy_timeout = 0");
        using var other = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + library.Connection.DataSource);
        other.Open();
        Sql.Execute(other, "BEGIN IMMEDIATE; UPDATE ingestion_candidate SET reason = reason WHERE 0;");

        library.Press(Key.A);
        var message = library.Window.PromptText;
        var note = pane.Note;
        Sql.Execute(other, "COMMIT");
        library.Press(Key.A);

        await Assert.That(message).StartsWith("not decided:");
        await Assert.That(message).DoesNotContain("\n");
        await Assert.That(note).StartsWith(seen[0].File);
        await Assert.That(Decided(library, "accepted")).IsEquivalentTo([seen[0].CandidateId]);
    }

    [Test]
    public async Task An_undo_while_another_program_holds_the_database_is_one_line_and_undoes_nothing()
    {
        using var library = FiveFiles();
        library.Press(Key.D5).ReviewShown();
        var seen = new ReviewQueue(library.Connection).Open();
        library.Press(Key.A).ReviewShown();
        Sql.Execute(library.Connection, "PRAGMA busy_timeout = 0");
        using var other = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + library.Connection.DataSource);
        other.Open();
        Sql.Execute(other, "BEGIN IMMEDIATE; UPDATE ingestion_candidate SET reason = reason WHERE 0;");

        library.Press(Key.U);
        var message = library.Window.PromptText;
        Sql.Execute(other, "COMMIT");

        await Assert.That(message).StartsWith("not undone:");
        await Assert.That(Decided(library, "accepted")).IsEquivalentTo([seen[0].CandidateId]);
    }

    private static List<long> Decided(ShellLibrary library, string decision) =>
        Sql.Column(library.Connection, $"SELECT candidate_id FROM ingestion_candidate WHERE decision = '{decision}' ORDER BY candidate_id").Select(long.Parse).ToList();

    // Five SNES files, one suggestion each (the one DAT game), of distinct confidences: the queue lists them by file.
    private static ShellLibrary FiveFiles()
    {
        var library = new ShellLibrary();
        for (var i = 1; i <= 4; i++)
        {
            library.Fixture.Write($"snes/Extra {i}.sfc", Fixtures.Bytes(100 + i, 50 + i));
        }

        library.Fixture.Scan();
        Sql.Execute(library.Connection, """
            DELETE FROM ingestion_candidate;
            INSERT INTO ingestion_candidate (rom_id, dat_entry_id, confidence, reason, processed, log_id)
            SELECT r.rom_id, (SELECT min(dat_entry_id) FROM dat_entry WHERE game_name LIKE 'Zelda%'), 0.3 + r.rom_id / 100.0, 'test', 0,
                   (SELECT max(log_id) FROM import_log)
            FROM rom_file r JOIN file_instance f ON f.rom_id = r.rom_id WHERE f.relative_path LIKE '%.sfc' AND f.relative_path NOT LIKE '%Hack%';
            """);
        return library;
    }

    // The library with a second SNES file a title resembles.
    private static ShellLibrary TwoSuggestions()
    {
        var library = new ShellLibrary();
        library.Fixture.Write("snes/Zelda no Densetsu (Japan).sfc", Fixtures.Bytes(80, 11));
        library.Fixture.Scan();
        return library;
    }
}
