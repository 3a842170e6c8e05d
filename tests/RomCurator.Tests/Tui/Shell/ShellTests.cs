using RomCurator.Tests.Support;
using RomCurator.Tui.Shell;
using RomCurator.Tui.Shell.Panes;
using Terminal.Gui.Input;

namespace RomCurator.Tests.Tui.Shell;

public sealed class ShellTests
{
    [Test]
    public async Task Every_pane_names_all_panes_on_top_and_its_keys_on_one_bottom_line_at_80_columns()
    {
        using var library = new ShellLibrary();
        var problems = new List<string>();
        var titles = Enumerable.Range(0, PaneNumbers.Max).Select(i => library.Press(PaneNumbers.Keys(i)[0]).Window.Current.Title).ToList();
        for (var i = 0; i < PaneNumbers.Max; i++)
        {
            library.Press(PaneNumbers.Keys(i)[0]);
            var pane = library.Window.Current;
            var screen = library.Screen.TrimEnd().Split('\n');
            Key[] global = [Key.M, Key.Q, Key.Tab, Key.F1, Key.F10, (Key)'?', .. Enumerable.Range(0, PaneNumbers.Max).SelectMany(PaneNumbers.Keys)];
            problems.AddRange(pane.Keys.Where(k => k.Keys.Any(key => global.Contains(key))).Select(k => $"{pane.Title}: '{k.Label}' is taken by a global key"));
            var bar = screen[1];
            if (!bar.Contains($"[{PaneNumbers.Label(i)} {pane.Title}]"))
            {
                problems.Add($"{pane.Title}: the pane bar does not mark it: '{bar}'");
            }

            problems.AddRange(titles.Select((_, n) => PaneNumbers.Label(n)).Where(label => !bar.Contains(label)).Select(label => $"{pane.Title}: pane key {label} missing from the bar"));
            var keyBar = screen[^2];
            var first = pane.Keys.FirstOrDefault(k => k.InStatusBar);
            if ((first is not null && !keyBar.Contains($"{first.Label} ")) || !keyBar.Contains("q Quit") || !keyBar.Contains("? "))
            {
                problems.Add($"{pane.Title}: key bar '{keyBar.Trim()}' lacks its first key, ? or q");
            }

            var line = KeyText.StatusLine(pane.Keys, [], 78);
            if (line.Length > 78 || line.Contains('\n'))
            {
                problems.Add($"{pane.Title}: key bar longer than one line");
            }

            if (screen.Any(row => row.TrimEnd().Length > 80))
            {
                problems.Add($"{pane.Title}: a row is wider than 80 columns");
            }
        }

        await Assert.That(titles.Distinct().Count()).IsEqualTo(PaneNumbers.Max);
        await Assert.That(problems).IsEmpty();
    }

    [Test]
    public async Task Below_80_by_24_one_clear_message_replaces_the_panes_and_q_still_quits()
    {
        using var small = new ShellLibrary(60, 20);
        using var flat = new ShellLibrary(100, 20);

        var screen = small.Screen;
        small.Press(Key.Q);

        await Assert.That(screen).Contains("needs at least 80×24");
        await Assert.That(screen).DoesNotContain("Overview");
        await Assert.That(screen).DoesNotContain("Library");
        await Assert.That(flat.Screen).Contains("This window is 100×20");
        await Assert.That(small.Window.QuitRequested).IsTrue();
    }

    [Test]
    public async Task Tab_and_shift_tab_cycle_the_panes_and_F1_F10_are_help_and_quit()
    {
        using var library = new ShellLibrary();

        library.Press(Key.Tab);
        var next = library.Window.Current.Title;
        library.Press(Key.Tab.WithShift, Key.Tab.WithShift);
        var wrapped = library.Window.Current.Title;
        var help = library.Press(Key.F1).Screen;
        library.Press(Key.Esc, Key.F10);

        await Assert.That(next).IsEqualTo("Roots");
        await Assert.That(wrapped).IsEqualTo("Settings");
        await Assert.That(help).Contains("help: every key");
        await Assert.That(library.Window.QuitRequested).IsTrue();
    }

    [Test]
    public async Task An_open_question_keeps_the_keyboard_tab_and_letters_stay_in_it()
    {
        using var library = new ShellLibrary();
        library.Press(Key.D2, Key.A, Key.U.WithCtrl);

        library.Press(Key.Tab.WithShift, Key.Tab.WithShift).Type("m/q2");
        var typed = library.Window.Typing;
        var screen = library.Screen;
        library.Press(Key.Esc);

        await Assert.That(typed).IsEqualTo("m/q2");
        await Assert.That(library.Window.Current.Title).IsEqualTo("Roots");
        await Assert.That(library.Window.QuitRequested).IsFalse();
        await Assert.That(screen).DoesNotContain("Panes");
        await Assert.That(library.Window.PromptText).IsEqualTo("cancelled");
    }

    [Test]
    public async Task The_overview_says_what_to_do_next()
    {
        using var fixture = new ScanFixture();
        using var connection = fixture.Open();
        using var empty = new HeadlessTerminal(app => new MainWindow(app, connection, fixture.Settings, fixture.AppPaths));
        using var library = new ShellLibrary();
        empty.OverviewCounted();
        library.OverviewCounted();

        await Assert.That(empty.Screen).Contains("Next: press 2, then a, to add the folder your ROMs are in.");
        await Assert.That(library.Screen).Contains("Next: press 5 to decide on the 1 file waiting for review.");
        await Assert.That(library.Screen).Contains("Library    2 roots · 3 files");
        await Assert.That(library.Screen).Contains("Nintendo - Game Boy");
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
        library.Press(Key.F9);

        await Assert.That(menu).Contains("Panes");
        await Assert.That(menu).Contains("F12  Settings");
        await Assert.That(fromMenu).IsEqualTo("Scan");
        await Assert.That(library.Window.Current.Title).IsEqualTo("Validate");
    }

    [Test]
    public async Task Quitting_while_a_scan_runs_asks_first()
    {
        using var library = new ShellLibrary();
        library.Press(Key.D4, Key.Enter);
        var scan = (ScanPane)library.Window.Current;

        library.Press(Key.Q);
        var question = library.Window.PromptText;
        library.Press(Key.N);
        var stayed = !library.Window.QuitRequested;
        library.Until(scan.Tick, () => !scan.IsRunning);

        await Assert.That(question).Contains("A scan is running; quit anyway?");
        await Assert.That(stayed).IsTrue();
        await Assert.That(scan.LastSummary).IsNotNull();
        await Assert.That(library.Window.PromptText).IsEqualTo("Scan finished. Press o for the organizer's plan.");
    }

    /// <summary>
    /// A wider terminal gets the wider layout (the live resize of a running binary is checked by tests/e2e/tui.sh in
    /// tmux: the headless driver does not redraw after a size change).
    /// </summary>
    [Test]
    public async Task A_wider_terminal_shows_the_keys_with_more_room()
    {
        using var wide = new ShellLibrary(120, 30);
        using var narrow = new ShellLibrary();

        var wideRows = wide.Press(Key.D5).ReviewShown().Screen.Split('\n');
        var narrowRows = narrow.Press(Key.D5).ReviewShown().Screen.TrimEnd().Split('\n');

        await Assert.That(wideRows.Any(l => l.Contains("a Accept │") && l.Contains("Enter Details │"))).IsTrue();
        await Assert.That(narrowRows.Any(l => l.Contains("a Accept │"))).IsFalse();
        await Assert.That(narrowRows[^2]).Contains("a Accept");
    }
}
