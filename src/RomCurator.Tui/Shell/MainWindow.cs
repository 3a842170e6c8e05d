using System.Collections.ObjectModel;
using Microsoft.Data.Sqlite;
using RomCurator.Core.Configuration;
using RomCurator.Tui.Shell.Panes;
using RomCurator.Tui.Shell.Prompting;
using Terminal.Gui.App;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace RomCurator.Tui.Shell;

/// <summary>
/// The full-screen main window: a pane bar at the top naming every pane with its key, one pane at a time (number keys
/// 1–9 and 0, F2–F9, Tab/Shift+Tab, or the m menu), a prompt line for questions and messages, a one-line key bar with
/// the keys that work in the pane, `?` or F1 for every key, q, Ctrl+Q or F10 to quit (asking first while a scan or an
/// organizer run is going). Keys are data (<see cref="PaneKey"/>): the same lists
/// drive key handling, the status bar and the help overlay. Works at 80×24, resizes, and needs no colour.
/// </summary>
public sealed class MainWindow : Window, IShellHost
{
    private readonly IApplication app;
    private readonly IReadOnlyList<IPane> panes;
    private readonly View paneArea;
    private readonly PromptLine prompt;
    private readonly Label statusBar;
    private readonly FrameView help;
    private readonly PaneListView helpList;
    private readonly ObservableCollection<string> helpLines = [];
    private readonly PaneMenu menu;
    private readonly PaneBar paneBar;
    private readonly Label tooSmall;
    private IPane current;

    /// <summary>The smallest terminal the panes are laid out for.</summary>
    public const int MinWidth = 80;

    public const int MinHeight = 24;

    public MainWindow(IApplication app, SqliteConnection connection, LoadedSettings settings, AppPaths? appPaths = null)
    {
        this.app = app;
        Title = "RomCurator";
        var context = new PaneContext(app, connection, settings, appPaths ?? new AppPaths(), this);
        panes = PaneCatalog.Create(context);
        paneBar = new PaneBar { X = 0, Y = 0, Width = Dim.Fill() };
        paneArea = new View { X = 0, Y = 1, Width = Dim.Fill(), Height = Dim.Fill(2), CanFocus = true };
        prompt = new PromptLine { X = 0, Y = Pos.AnchorEnd(2), Width = Dim.Fill(), Done = FocusPane, Changed = UpdateStatusBar };
        statusBar = new Label { X = 0, Y = Pos.AnchorEnd(1), Width = Dim.Fill(), Height = 1, HotKeySpecifier = (System.Text.Rune)0xFFFF };
        helpList = new PaneListView { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill(), CanFocus = true, Intercept = HelpKey };
        helpList.SetSource(helpLines);
        help = new FrameView { Title = "Keys (j/k scroll; ? or Esc closes)", X = 0, Y = 1, Width = Dim.Fill(), Height = Dim.Fill(2), Visible = false };
        help.Add(helpList);
        menu = new PaneMenu([.. panes.Select(p => p.Title)], OpenFromMenu);
        tooSmall = new Label
        {
            X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill(), Visible = false, HotKeySpecifier = (System.Text.Rune)0xFFFF,
        };
        Add(paneBar, paneArea, prompt, statusBar, help, menu, prompt.Popup, tooSmall);
        if (PlainColours.Wanted(Environment.GetEnvironmentVariable))
        {
            SetScheme(PlainColours.Scheme());
        }

        foreach (var pane in panes)
        {
            pane.List.Intercept = Dispatch;
        }

        KeyDown += (_, key) => key.Handled = key.Handled || Dispatch(key);
        ViewportChanged += (_, _) =>
        {
            FitToScreen();
            UpdateStatusBar();
        };
        current = panes[0];
        Switch(panes[0]);
        if (settings.Problem is { } problem)
        {
            Say(SettingsPane.Fallback(problem));
        }
    }

    /// <summary>The pane shown now.</summary>
    public IPane Current => current;

    /// <summary>Whether the user asked to quit (and confirmed, if something was running).</summary>
    public bool QuitRequested { get; private set; }

    /// <summary>What the prompt line shows (the last message or the open question).</summary>
    public string PromptText => prompt.Message;

    /// <summary>The choices and refusal box above the prompt line.</summary>
    public IReadOnlyList<string> PopupLines => prompt.Popup.Visible ? prompt.Popup.Lines : [];

    /// <summary>The answer typed so far in the open question.</summary>
    public string Typing => prompt.Typing;

    public void Ask(string question, string initial, Action<string> answer, IPromptAssist? help = null, string? refused = null, Action? cancelled = null) =>
        prompt.Ask(question, initial, answer, help, refused, cancelled);

    public void Confirm(string question, Action yes) => prompt.Confirm(question, yes);

    public void Say(string message) => prompt.Say(message);

    public string KeyFor(string paneTitle)
    {
        var index = panes.ToList().FindIndex(p => p.Title == paneTitle);
        return index < 0 ? "m" : PaneNumbers.Label(index);
    }

    public IPane ShowPane(string title)
    {
        var pane = panes.First(p => p.Title == title);
        Switch(pane);
        return pane;
    }

    private IEnumerable<PaneKey> GlobalKeys =>
    [
        .. panes.Select((pane, i) => new PaneKey(PaneNumbers.Keys(i), PaneNumbers.Label(i), $"{pane.Title} pane", () => Switch(pane), InStatusBar: false)),
        new PaneKey([Key.Tab], "Tab", "next pane (Shift+Tab: the previous one)", () => Cycle(1), InStatusBar: false),
        new PaneKey([Key.Tab.WithShift], "Shift+Tab", "previous pane", () => Cycle(-1), InStatusBar: false),
        new PaneKey([Key.M], "m", "menu: choose a pane", () => menu.Open(panes.ToList().IndexOf(current)), InStatusBar: false),
        new PaneKey([Key.R.WithCtrl], "Ctrl+R", "reload the pane from the database", () => current.Refresh(), InStatusBar: false),
        new PaneKey([(Key)'?', Key.F1], "?", "help: every key (F1 too)", ToggleHelp),
        new PaneKey([Key.Q, Key.Q.WithCtrl, Key.F10], "q", "quit (F10 too)", Quit),
    ];

    /// <summary>Runs the binding for a key (global keys first, then the pane's); true when there was one.</summary>
    private bool Dispatch(Key key)
    {
        if (prompt.IsAsking)
        {
            // An open question keeps the keyboard: nothing typed runs a pane's command, and the focus goes back to it.
            prompt.FocusInput();
            return true;
        }

        var binding = GlobalKeys.FirstOrDefault(k => k.Matches(key)) ?? current.Keys.FirstOrDefault(k => k.Matches(key));
        if (binding is null)
        {
            // Esc cancels and closes things; left alone it would reach Terminal.Gui's own quit key and end the program
            // without asking, even in the middle of a scan.
            return key == Key.Esc;
        }

        binding.Run();
        UpdateStatusBar();
        return true;
    }

    private bool HelpKey(Key key)
    {
        if (key == Key.Esc || key == (Key)'?' || key == Key.Q)
        {
            ToggleHelp();
            UpdateStatusBar();
            return true;
        }

        return false;
    }

    private void Quit()
    {
        var busy = panes.Select(p => p.Busy).FirstOrDefault(b => b is not null);
        if (busy is null)
        {
            Stop();
            return;
        }

        Confirm($"{busy} is running; quit anyway? (committed work is kept)", Stop);
    }

    private void Stop()
    {
        QuitRequested = true;
        app.RequestStop();
    }

    private void OpenFromMenu(int index)
    {
        if (index >= 0 && index < panes.Count)
        {
            Switch(panes[index]);
        }
        else
        {
            FocusPane();
        }
    }

    /// <summary>Whether the terminal is too small for the panes (the window then only asks to be made larger).</summary>
    public bool TooSmall => tooSmall.Visible;

    // Below 80×24 the panes' lines would overlap: everything steps aside for one clear message until the window grows.
    private void FitToScreen()
    {
        var screen = App?.Screen.Size ?? Frame.Size;
        var small = screen.Width < MinWidth || screen.Height < MinHeight;
        if (small == tooSmall.Visible)
        {
            return;
        }

        foreach (var view in new View[] { paneBar, paneArea, prompt, statusBar })
        {
            view.Visible = !small;
        }

        if (small)
        {
            help.Visible = false;
            menu.Visible = false;
            tooSmall.Text = TooSmallText(screen.Width, screen.Height);
        }

        tooSmall.Visible = small;
        SetNeedsLayout();
    }

    /// <summary>The message shown instead of the panes, wrapped to the width it has.</summary>
    public static string TooSmallText(int width, int height)
    {
        var words = $"This window is {width}×{height}. RomCurator needs at least {MinWidth}×{MinHeight}: make the window larger (q quits).".Split(' ');
        var lines = new List<string>();
        var line = "";
        foreach (var word in words)
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > Math.Max(10, width - 2))
            {
                lines.Add(line);
                line = "";
            }

            line = line.Length == 0 ? word : line + " " + word;
        }

        lines.Add(line);
        return string.Join('\n', lines);
    }

    private void Cycle(int step)
    {
        var index = panes.ToList().IndexOf(current);
        Switch(panes[(index + step + panes.Count) % panes.Count]);
    }

    private void Switch(IPane pane)
    {
        help.Visible = false;
        menu.Visible = false;
        paneArea.RemoveAll();
        prompt.Say("");
        current = pane;
        paneBar.Show([.. panes.Select(p => p.Title)], panes.ToList().IndexOf(pane));
        paneArea.Add(pane.View);
        pane.Refresh();
        FocusPane();
        UpdateStatusBar();
    }

    private void FocusPane()
    {
        current.List.SetFocus();
        UpdateStatusBar();
    }

    private void ToggleHelp()
    {
        if (help.Visible)
        {
            help.Visible = false;
            FocusPane();
            return;
        }

        helpLines.Clear();
        var others = GlobalKeys.Skip(panes.Count);
        foreach (var line in KeyText.Help(current.Title, [.. panes.Select(p => p.Title)], others, current.Keys))
        {
            helpLines.Add(line);
        }

        help.Visible = true;
        helpList.SelectedItem = 0;
        helpList.SetFocus();
    }

    // While a question, the help or the menu is open, the bar shows the keys that work there instead.
    private void UpdateStatusBar()
    {
        var width = Viewport.Width > 0 ? Viewport.Width : 78;
        statusBar.Text = prompt.IsAsking ? prompt.Hint(width)
            : help.Visible ? "j/k Scroll │ ? or Esc Close"
            : menu.Visible ? "[Menu] j/k Choose │ Enter Open │ Esc Close"
            : KeyText.StatusLine(current.Keys, GlobalKeys, width);
    }
}
