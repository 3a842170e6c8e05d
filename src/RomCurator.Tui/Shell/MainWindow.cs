using RomCurator.Core.Storage;
using Terminal.Gui.App;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace RomCurator.Tui.Shell;

/// <summary>
/// The full-screen main window. For now it shows the database it works on; the panes (roots, scan, review,
/// organizer, logs, settings) arrive with their engines.
/// </summary>
public sealed class MainWindow : Window
{
    public MainWindow(IApplication app, DatabaseSummary summary)
    {
        Title = "RomCurator";

        var overview = new Label
        {
            X = 1,
            Y = 1,
            Width = Dim.Fill(1),
            Height = Dim.Fill(2),
            Text = OverviewText.Render(summary),
            // Table names contain '_': without this the label would take it as a hot-key marker.
            HotKeySpecifier = (System.Text.Rune)0xFFFF,
        };

        var statusBar = new StatusBar(
        [
            new Shortcut(Key.Q, "Quit", () => app.RequestStop()) { BindKeyToApplication = true },
            new Shortcut(Key.Q.WithCtrl, "Quit", () => app.RequestStop()) { BindKeyToApplication = true },
        ]);

        Add(overview, statusBar);
    }
}
