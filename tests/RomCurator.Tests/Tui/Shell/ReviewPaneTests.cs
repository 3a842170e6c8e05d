using RomCurator.Tests.Support;
using Terminal.Gui.Input;

namespace RomCurator.Tests.Tui.Shell;

public sealed class ReviewPaneTests
{
    [Test]
    public async Task Slash_filters_and_o_changes_the_order()
    {
        using var library = new ShellLibrary();
        library.Press(Key.D4);

        library.Press((Key)'/').Answer("no match here");
        var filtered = library.Screen;
        library.Press((Key)'/').Answer("");
        var all = library.Screen;
        library.Press(Key.O);
        var byConfidence = library.Screen;

        await Assert.That(filtered).Contains("[filter: no match here]");
        await Assert.That(filtered).DoesNotContain("Zelda (Japan).sfc");
        await Assert.That(all).Contains("Zelda (Japan).sfc");
        await Assert.That(byConfidence).Contains("Order: confidence");
    }

    [Test]
    public async Task B_accepts_everything_at_or_above_a_typed_threshold_after_a_confirmation()
    {
        using var library = new ShellLibrary();
        library.Press(Key.D4);

        library.Press(Key.B).Answer("1.5");
        var outOfRange = library.Window.PromptText;
        library.Press(Key.B).Answer("0.99");
        var noneThatHigh = library.Window.PromptText;
        library.Press(Key.B).Answer("0.3");
        var question = library.Window.PromptText;
        library.Press(Key.Y);

        await Assert.That(outOfRange).Contains("not a threshold between 0 and 1");
        await Assert.That(noneThatHigh).Contains("No file has a suggestion at or above 0.99");
        await Assert.That(question).Contains("Accept the best suggestion of 1 files at or above 0.30? (y/n)");
        await Assert.That(library.Window.PromptText).Contains("accepted the best suggestion of 1 files");
        await Assert.That(Sql.Scalar<long>(library.Connection, "SELECT count(*) FROM ingestion_candidate WHERE decision = 'accepted'")).IsEqualTo(1L);
        await Assert.That(library.Screen).Contains("The review queue is empty.");
    }

    [Test]
    public async Task The_note_line_shows_platform_region_and_reason()
    {
        using var library = new ShellLibrary();

        var screen = library.Press(Key.D4).Screen;

        await Assert.That(screen).Contains("Nintendo - Super Nintendo Entertainment System · Japan · title");
    }
}
