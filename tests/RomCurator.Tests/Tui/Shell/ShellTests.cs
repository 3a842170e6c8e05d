using RomCurator.Tests.Support;
using RomCurator.Tui.Shell;
using RomCurator.Tui.Shell.Panes;
using Terminal.Gui.Input;

namespace RomCurator.Tests.Tui.Shell;

public sealed class ShellTests
{
    [Test]
    public async Task Every_pane_shows_all_its_status_bar_keys_untruncated_at_80_columns()
    {
        using var library = new ShellLibrary();
        var problems = new List<string>();
        for (var i = 0; i < PaneNumbers.Max; i++)
        {
            library.Press(PaneNumbers.Keys(i)[0]);
            var pane = library.Window.Current;
            var screen = library.Screen.Split('\n');
            Key[] global = [Key.M, Key.Q, (Key)'?', .. Enumerable.Range(0, PaneNumbers.Max).SelectMany(PaneNumbers.Keys)];
            problems.AddRange(pane.Keys.Where(k => k.Keys.Any(key => global.Contains(key))).Select(k => $"{pane.Title}: '{k.Label}' is taken by a global key"));
            var expected = KeyText.StatusBar($"[{pane.Title}] m Menu", pane.Keys, 78);
            if (expected.Count > 2)
            {
                problems.Add($"{pane.Title}: status bar needs {expected.Count} lines");
            }

            problems.AddRange(expected.Where(line => !screen.Any(row => row.Contains(line))).Select(line => $"{pane.Title}: '{line}' not on screen"));
            if (screen.Any(row => row.TrimEnd().Length > 80))
            {
                problems.Add($"{pane.Title}: a row is wider than 80 columns");
            }
        }

        await Assert.That(problems).IsEmpty();
    }

    [Test]
    public async Task The_overview_says_what_to_do_next()
    {
        using var fixture = new ScanFixture();
        using var connection = fixture.Open();
        using var empty = new HeadlessTerminal(app => new MainWindow(app, connection, fixture.Settings, fixture.AppPaths));
        using var library = new ShellLibrary();

        await Assert.That(empty.Screen).Contains("Next: press 2, then a, to add the folder your ROMs are in.");
        await Assert.That(library.Screen).Contains("Press 4 for the review queue");
    }

    [Test]
    public async Task While_a_question_is_open_the_status_bar_shows_the_keys_that_answer_it()
    {
        using var library = new ShellLibrary();
        library.Press(Key.D2);

        var asking = library.Press(Key.A).Screen;
        var cancelled = library.Press(Key.Esc).Screen;
        var confirming = library.Press(Key.X).Screen;
        library.Press(Key.N);

        await Assert.That(asking).Contains("Enter Answer │ Esc Cancel │ Ctrl+U Clear");
        await Assert.That(cancelled).Contains("a Add │ e Edit");
        await Assert.That(confirming).Contains("y Yes │ n No │ Esc Cancel");
        await Assert.That(library.Screen).Contains("a Add │ e Edit");
    }

    [Test]
    public async Task Escape_never_quits_only_q_does()
    {
        using var library = new ShellLibrary();
        var window = (Terminal.Gui.App.IRunnable)library.Window;
        var stopped = new List<string>();
        for (var i = 0; i < PaneNumbers.Max; i++)
        {
            library.Press(PaneNumbers.Keys(i)[0], Key.Esc);
            if (window.StopRequested)
            {
                stopped.Add(library.Window.Current.Title);
            }
        }

        library.Press(Key.D1, Key.Q);

        await Assert.That(stopped).IsEmpty();
        await Assert.That(library.Window.QuitRequested).IsTrue();
    }

    [Test]
    public async Task The_menu_opens_a_pane_and_function_keys_switch_too()
    {
        using var library = new ShellLibrary();

        library.Press(Key.M);
        var menu = library.Screen;
        library.Press(Key.J, Key.J, Key.J, Key.Enter);
        var fromMenu = library.Window.Current.Title;
        library.Press(Key.F11);

        await Assert.That(menu).Contains("Panes");
        await Assert.That(menu).Contains("0  Settings");
        await Assert.That(fromMenu).IsEqualTo("Review");
        await Assert.That(library.Window.Current.Title).IsEqualTo("Settings");
    }

    [Test]
    public async Task Quitting_while_a_scan_runs_asks_first()
    {
        using var library = new ShellLibrary();
        library.Press(Key.D3, Key.Enter);
        var scan = (ScanPane)library.Window.Current;

        library.Press(Key.Q);
        var question = library.Window.PromptText;
        library.Press(Key.N);
        var stayed = !library.Window.QuitRequested;
        library.Until(scan.Tick, () => !scan.IsRunning);

        await Assert.That(question).Contains("A scan is running; quit anyway?");
        await Assert.That(stayed).IsTrue();
        await Assert.That(scan.LastSummary).IsNotNull();
        await Assert.That(library.Window.PromptText).Contains("Press o to apply library organization");
    }

    /// <summary>
    /// A wider terminal gets the wider layout (the live resize of a running binary is checked by tests/e2e/tui.sh in
    /// tmux: the headless driver does not redraw after a size change).
    /// </summary>
    [Test]
    public async Task A_wider_terminal_puts_the_keys_on_one_line()
    {
        using var wide = new ShellLibrary(120, 30);
        using var narrow = new ShellLibrary();

        var wideRows = wide.Press(Key.D4).Screen.Split('\n');
        var narrowRows = narrow.Press(Key.D4).Screen.Split('\n');

        await Assert.That(wideRows.Any(l => l.Contains("a Accept") && l.Contains("Enter Details"))).IsTrue();
        await Assert.That(narrowRows.Any(l => l.Contains("a Accept") && l.Contains("Enter Details"))).IsFalse();
        await Assert.That(narrowRows.Any(l => l.Contains("Enter Details"))).IsTrue();
    }
}
