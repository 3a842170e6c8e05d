using Microsoft.Data.Sqlite;
using RomCurator.Core.Configuration;
using RomCurator.Tui.Shell.Panes;
using Terminal.Gui.App;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace RomCurator.Tui.Shell;

/// <summary>
/// The full-screen main window: one pane at a time (number keys 1–5 or F2–F6), a status bar with the keys that
/// work in the pane, `?` for every key, q or Ctrl+Q to quit. Keys are data (<see cref="PaneKey"/>): the same lists
/// drive key handling, the status bar and the help overlay. Works at 80×24 and without colour.
/// </summary>
public sealed class MainWindow : Window
{
    private static readonly Key[] FunctionKeys = [Key.F2, Key.F3, Key.F4, Key.F5, Key.F6];
    private readonly IApplication app;
    private readonly IReadOnlyList<IPane> panes;
    private readonly View paneArea;
    private readonly Label statusBar;
    private readonly FrameView help;
    private readonly Label helpText;
    private IPane current;

    public MainWindow(IApplication app, SqliteConnection connection, LoadedSettings settings)
    {
        this.app = app;
        Title = "RomCurator";
        panes = [new OverviewPane(connection), new RootsPane(connection), new ScanPane(app, settings), new ReviewPane(connection), new RunsPane(connection)];
        paneArea = new View { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill(1), CanFocus = true };
        statusBar = new Label { X = 0, Y = Pos.AnchorEnd(1), Width = Dim.Fill(), Height = 1, HotKeySpecifier = (System.Text.Rune)0xFFFF };
        helpText = new Label { X = 1, Y = 0, Width = Dim.Fill(1), Height = Dim.Fill(), HotKeySpecifier = (System.Text.Rune)0xFFFF };
        help = new FrameView { Title = "Keys", X = 2, Y = 1, Width = Dim.Fill(2), Height = Dim.Fill(2), Visible = false };
        help.Add(helpText);
        Add(paneArea, statusBar, help);

        foreach (var pane in panes)
        {
            pane.List.Intercept = Dispatch;
        }

        KeyDown += (_, key) => key.Handled = key.Handled || Dispatch(key);
        current = panes[0];
        Switch(panes[0]);
    }

    /// <summary>The pane shown now.</summary>
    public IPane Current => current;

    private IEnumerable<PaneKey> GlobalKeys =>
    [
        .. panes.Select((pane, i) => new PaneKey([(Key)(char)('1' + i), FunctionKeys[i]], $"{i + 1}", $"{pane.Title} pane", () => Switch(pane), InStatusBar: false)),
        new PaneKey([Key.R.WithCtrl], "Ctrl+R", "reload the pane from the database", () => current.Refresh(), InStatusBar: false),
        new PaneKey([(Key)'?'], "?", "help: every key", ToggleHelp),
        new PaneKey([Key.Q, Key.Q.WithCtrl], "q", "quit", () => app.RequestStop()),
    ];

    /// <summary>Runs the binding for a key (global keys first, then the pane's); true when there was one.</summary>
    private bool Dispatch(Key key)
    {
        if (help.Visible && (key == Key.Esc || key == (Key)'?'))
        {
            ToggleHelp();
            return true;
        }

        var binding = GlobalKeys.FirstOrDefault(k => k.Matches(key)) ?? current.Keys.FirstOrDefault(k => k.Matches(key));
        if (binding is null)
        {
            return false;
        }

        binding.Run();
        UpdateStatusBar();
        return true;
    }

    private void Switch(IPane pane)
    {
        paneArea.RemoveAll();
        current = pane;
        paneArea.Add(pane.View);
        pane.Refresh();
        pane.List.SetFocus();
        UpdateStatusBar();
    }

    private void ToggleHelp()
    {
        helpText.Text = string.Join('\n', KeyText.Help(current.Title, GlobalKeys, current.Keys));
        help.Visible = !help.Visible;
    }

    private void UpdateStatusBar() =>
        statusBar.Text = $"[{current.Title}] 1-{panes.Count} Panes │ " + KeyText.StatusBar([.. current.Keys, .. GlobalKeys]);
}
