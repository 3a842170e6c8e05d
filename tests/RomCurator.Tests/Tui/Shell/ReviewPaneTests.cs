using RomCurator.Tests.Support;
using Terminal.Gui.Input;

namespace RomCurator.Tests.Tui.Shell;

public sealed class ReviewPaneTests
{
    [Test]
    public async Task Slash_filters_and_o_changes_the_order()
    {
        using var library = new ShellLibrary();
        library.Press(Key.D5);

        library.Press((Key)'/').Answer("no match here");
        var filtered = library.Screen;
        library.Press((Key)'/').Answer("");
        var all = library.Screen;
        library.Press(Key.O);
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
        library.Press(Key.D5);

        library.Press(Key.B).Answer("1.5");
        var outOfRange = library.Window.PromptText;
        library.Press(Key.B).Answer("0.99");
        var noneThatHigh = library.Window.PromptText;
        library.Press(Key.B).Answer("0.3");
        var question = library.Window.PromptText;
        library.Press(Key.Y);

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

        var screen = library.Press(Key.D5).Screen;

        // The facts line is cut at its end (Enter shows the whole reason), never in the middle of two fields.
        await Assert.That(screen).Contains("Nintendo - Super Nintendo Entertainment System · Japan · ");
        await Assert.That(screen).Contains(" (low) · title '");
        await Assert.That(screen).Contains("snes/Zelda (Japan).sfc");
    }

    [Test]
    public async Task The_filter_follows_the_typing_and_escape_puts_the_old_one_back()
    {
        using var library = TwoSuggestions();
        library.Press(Key.D5, (Key)'/').Type("Densetsu (");
        var typing = library.Screen;
        library.Press(Key.Esc);

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
        library.Press(Key.D5);
        var open = Sql.Scalar<long>(library.Connection, "SELECT count(*) FROM ingestion_candidate WHERE coalesce(processed, 0) = 0");

        library.Press(Key.B).Answer("0.1").Press(Key.Y);
        var accepted = Sql.Scalar<long>(library.Connection, "SELECT count(*) FROM ingestion_candidate WHERE decision = 'accepted'");
        library.Press(Key.U);
        var afterUndo = Sql.Scalar<long>(library.Connection, "SELECT count(*) FROM ingestion_candidate WHERE decision = 'accepted'");
        var message = library.Window.PromptText;
        library.Press(Key.G, Key.J, Key.A, Key.G, Key.U);
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

        var narrowRow = narrow.Press(Key.D5).Screen.Split('\n').Single(l => l.Contains("0.") && l.Contains("Zelda (Japan)"));
        var wideRow = wide.Press(Key.D5).Screen.Split('\n').Single(l => l.Contains("0.") && l.Contains("Zelda (Japan)"));

        await Assert.That(narrowRow).Contains("Kamigami no Trifor");
        await Assert.That(narrowRow).Contains("…");
        await Assert.That(wideRow).Contains("Zelda no Densetsu - Kamigami no Triforce (Japan)");
        await Assert.That(wideRow.IndexOf("Zelda no Densetsu", StringComparison.Ordinal)).IsGreaterThan(narrowRow.IndexOf("Zelda no Densetsu", StringComparison.Ordinal));
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
