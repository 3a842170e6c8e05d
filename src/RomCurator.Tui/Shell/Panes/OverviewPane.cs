using RomCurator.Core.Preferred;
using RomCurator.Core.Reports;
using RomCurator.Core.Runs;
using RomCurator.Tui.Presentation;
using Terminal.Gui.Input;

namespace RomCurator.Tui.Shell.Panes;

/// <summary>
/// The library at a glance: roots (files, size), DATs, per-platform coverage with a bar, what waits for review, the
/// last scan and organizer run in words, and the one next step. p shows the 1G1R report (preferred games had, held
/// only as another copy, missing), d the duplicates report, o the overview again.
/// </summary>
public sealed class OverviewPane(PaneContext context) : ListPane("Overview")
{
    private OverviewView view = OverviewView.Dashboard;

    private enum OverviewView
    {
        Dashboard,
        Preferred,
        Duplicates,
    }

    protected override IReadOnlyList<PaneKey> PaneKeys =>
    [
        new([Key.P], "p", "1G1R: preferred games had, held only as another copy, missing", () => Switch(OverviewView.Preferred)),
        new([Key.D], "d", "duplicates: contents present more than once", () => Switch(OverviewView.Duplicates)),
        new([Key.O], "o", "overview: the dashboard again", () => Switch(OverviewView.Dashboard), InStatusBar: view != OverviewView.Dashboard),
    ];

    public override void Refresh()
    {
        var width = View.Frame.Width > 0 ? View.Frame.Width : 78;
        switch (view)
        {
            case OverviewView.Preferred:
                var preferred = ReportViews.Preferred(
                    new PreferredReporter(context.Connection, VariantPreferences.From(context.Settings.Settings.OneGameOneRom)).Build(), width);
                Show(preferred.Header, preferred.Rows);
                return;
            case OverviewView.Duplicates:
                var duplicates = ReportViews.Duplicates(new DuplicateFinder(context.Connection).Find(), width);
                Show(duplicates.Header, duplicates.Rows);
                return;
        }

        var runs = new RunHistory(context.Connection).List(500);
        var facts = new OverviewFacts(
            new LibraryTotalsReader(context.Connection).Read(),
            new LibraryReporter(context.Connection).Build(null).Dats,
            runs.FirstOrDefault(r => r.Job == "file_ingestion"),
            runs.FirstOrDefault(r => r.Job == "organizer"),
            context.Connection.DataSource,
            context.Host.KeyFor);
        var lines = OverviewText.Render(facts, width, DateTime.UtcNow);
        Show(lines[0], [.. lines.Skip(1)]);
    }

    private void Switch(OverviewView next)
    {
        view = next;
        Refresh();
        List.MoveHome();
    }
}
