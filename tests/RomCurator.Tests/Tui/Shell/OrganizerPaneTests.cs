using RomCurator.Tui.Shell.Panes;
using Terminal.Gui.Input;

namespace RomCurator.Tests.Tui.Shell;

public sealed class OrganizerPaneTests
{
    [Test]
    public async Task The_plan_is_a_diff_by_platform_and_apply_moves_after_a_confirmation_then_u_undoes()
    {
        using var library = new ShellLibrary();
        var destination = Path.Combine(library.Fixture.Library, "gb", "Nintendo - Game Boy", "USA", "Game 0 (USA).gb");

        library.Press(Key.D6).OrganizerPlanned();
        var pane = (OrganizerPane)library.Window.Current;
        var plan = library.Screen;
        library.Press(Key.A, Key.N);
        var declined = File.Exists(library.GameBoyFile);
        library.Press(Key.A);
        var question = library.Window.PromptText;
        library.Press(Key.Y);
        library.Until(pane.Tick, () => !pane.IsRunning);
        var applied = pane.LastReport;
        var moved = File.Exists(destination) && !File.Exists(library.GameBoyFile);
        library.Press(Key.U, Key.Y);
        library.Until(pane.Tick, () => !pane.IsRunning);

        await Assert.That(plan).Contains("▾ Nintendo - Game Boy (1)");
        await Assert.That(plan).Contains("→ gb: incoming/g0.gb → Nintendo - Game Boy/USA/Game 0 (USA).gb");
        await Assert.That(plan).Contains("- snes: Unknown Hack.sfc");
        await Assert.That(declined).IsTrue();
        await Assert.That(question).Contains("Move 1 file as planned");
        await Assert.That(applied!.Moved).IsEqualTo(1);
        await Assert.That(moved).IsTrue();
        await Assert.That(pane.LastReport!.Mode).IsEqualTo("undo");
        await Assert.That(File.Exists(library.GameBoyFile)).IsTrue();
        await Assert.That(File.Exists(destination)).IsFalse();
    }

    [Test]
    public async Task The_pane_draws_at_once_while_the_plan_is_made_in_the_background_and_a_waits_for_it()
    {
        using var library = new ShellLibrary();

        var planning = library.Press(Key.D6).Screen;
        var pane = (OrganizerPane)library.Window.Current;
        var madeYet = pane.Planned;
        library.Press(Key.A);
        var refused = library.Window.PromptText;
        var plan = library.OrganizerPlanned().Screen;

        await Assert.That(planning).Contains("[6 Organizer]");
        await Assert.That(planning).Contains("Planning: deciding where each file goes");
        await Assert.That(madeYet).IsFalse();
        await Assert.That(refused).Contains("The plan is being made");
        await Assert.That(File.Exists(library.GameBoyFile)).IsTrue();
        await Assert.That(plan).Contains("→ gb: incoming/g0.gb → Nintendo - Game Boy/USA/Game 0 (USA).gb");
        await Assert.That(plan).DoesNotContain("Planning:");
    }

    [Test]
    public async Task V_shows_only_the_problems()
    {
        using var library = new ShellLibrary();

        var problems = library.Press(Key.D6).OrganizerPlanned().Press(Key.V, Key.V).Screen;

        await Assert.That(problems).Contains("view: problems");
        await Assert.That(problems).Contains("- snes: Unknown Hack.sfc");
        await Assert.That(problems).DoesNotContain("→ gb:");
    }

    [Test]
    public async Task Apply_moves_exactly_the_plan_shown_or_says_the_library_changed_and_shows_the_new_plan()
    {
        using var library = new ShellLibrary();
        var destination = Path.Combine(library.Fixture.Library, "gb", "Nintendo - Game Boy", "USA", "Game 0 (USA).gb");

        library.Press(Key.D6).OrganizerPlanned();
        var pane = (OrganizerPane)library.Window.Current;
        // After the plan was shown, something else takes the destination: the plan made again differs.
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        File.WriteAllText(destination, "someone else's file");
        library.Press(Key.A);
        var question = library.Window.PromptText;
        library.Press(Key.Y);
        var started = pane.IsRunning;
        library.Until(pane.Tick, () => !pane.IsRunning);
        var said = library.Window.PromptText;
        var screen = library.OrganizerPlanned().Press(Key.CursorDown).Screen;

        await Assert.That(question).Contains("Move 1 file as planned");
        await Assert.That(started).IsTrue();
        await Assert.That(pane.LastReport).IsNull();
        await Assert.That(said).Contains("the library changed since plan");
        await Assert.That(screen).Contains("! gb: incoming/g0.gb → Nintendo - G…A/Game 0 (USA).gb  (the destination al…)");
        await Assert.That(File.ReadAllText(destination)).IsEqualTo("someone else's file");
        await Assert.That(File.Exists(library.GameBoyFile)).IsTrue();
    }

    [Test]
    public async Task The_detail_strip_shows_the_full_source_and_destination_and_Enter_opens_the_line_in_full()
    {
        using var library = new ShellLibrary();
        var gbRoot = Path.Combine(library.Fixture.Library, "gb");

        // Game Boy's group comes first (the snes root's skipped files are listed under its platform hint): its one line.
        library.Press(Key.D6).OrganizerPlanned().Press(Key.G, Key.CursorDown);
        var strip = library.Screen;
        var full = library.Press(Key.Enter).Screen;
        var pane = (OrganizerPane)library.Window.Current;
        var open = pane.ShowingDetails;
        var closed = library.Press(Key.Esc).Screen;

        await Assert.That(strip).Contains("→ gb: incoming/g0.gb → Nintendo - Game Boy/USA/Game 0 (USA).gb");
        await Assert.That(pane.Note).Contains(TextFit("to   " + Path.Join(gbRoot, "Nintendo - Game Boy/USA/Game 0 (USA).gb")));
        await Assert.That(pane.Note).Contains(TextFit("from " + Path.Join(gbRoot, "incoming/g0.gb")));
        await Assert.That(open).IsTrue();
        await Assert.That(full).Contains("→ Move: applying the plan (a) moves this file");
        await Assert.That(Unwrapped(full)).Contains(Path.Join(gbRoot, "Nintendo - Game Boy/USA/Game 0 (USA).gb"));
        await Assert.That(pane.ShowingDetails).IsFalse();
        await Assert.That(closed).Contains("→ gb: incoming/g0.gb");
    }

    [Test]
    public async Task Every_skip_says_why_and_f_folds_and_unfolds_a_platform()
    {
        using var library = new ShellLibrary();

        var plan = library.Press(Key.D6).OrganizerPlanned().Screen;
        var folded = library.Press(Key.G, Key.CursorDown, Key.F).Screen;
        var pane = (OrganizerPane)library.Window.Current;
        var note = pane.Note;
        var unfolded = library.Press(Key.F).Screen;
        var all = library.Press(Key.F.WithShift).Screen;

        await Assert.That(plan).Contains("- snes: Unknown Hack.sfc  (not linked to a release");
        await Assert.That(plan).Contains("f Fold");
        await Assert.That(folded).Contains("▸ Nintendo - Game Boy (1, folded: f opens)");
        await Assert.That(folded).DoesNotContain("→ gb:");
        await Assert.That(folded).Contains("- snes: Unknown Hack.sfc");
        await Assert.That(note).Contains("Nintendo - Game Boy: 1 line folded");
        await Assert.That(unfolded).Contains("→ gb: incoming/g0.gb");
        await Assert.That(all).Contains("▸ Nintendo - Game Boy");
        await Assert.That(all).Contains("▸ Nintendo - Super Nintendo Entertainment System");
        await Assert.That(all).DoesNotContain("- snes:");
    }

    [Test]
    public async Task A_wider_terminal_gets_the_rows_again_at_its_width()
    {
        using var library = new ShellLibrary();

        var narrow = library.Press(Key.D6).OrganizerPlanned().Screen;
        library.Terminal.App.Driver!.SetScreenSize(140, 30);
        var wide = library.Press(Key.G).Screen;

        await Assert.That(narrow).Contains("- snes: Unknown Hack.sfc  (not linked to a release: no DAT entry matches i…)");
        await Assert.That(wide).Contains("- snes: Unknown Hack.sfc  (not linked to a release: no DAT entry matches it (nothing to review))");
    }

    /// <summary>A path as the 78-column detail strip shows it (shortened in the middle when longer).</summary>
    private static string TextFit(string path) => RomCurator.Tui.Presentation.TextFit.Middle(path, 78);

    /// <summary>The screen's text with the frame and the wrap indentation taken out, so a wrapped path reads whole.</summary>
    private static string Unwrapped(string screen) => string.Concat(screen.Split('\n')
        .Select(l => l.Trim('│', ' ', '║').Replace("To        ", "").Replace("From      ", "").Trim()));
}
