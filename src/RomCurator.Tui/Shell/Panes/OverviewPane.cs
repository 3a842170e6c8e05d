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
    private readonly BackgroundRead<OverviewFacts> summary = new(context.App, context.Connection.DataSource);
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

        ShowDashboardPlaceholder();
        summary.Start(
            connection =>
            {
                var runs = new RunHistory(connection).List(500);
                return new OverviewFacts(
                    new LibraryTotalsReader(connection).Read(),
                    new LibraryReporter(connection).Build(null).Dats,
                    runs.FirstOrDefault(r => r.Job == "file_ingestion"),
                    runs.FirstOrDefault(r => r.Job == "organizer"),
                    context.Connection.DataSource,
                    context.Host.KeyFor);
            },
            error => $"Library    not counted: {error.GetType().Name}: {error.Message} (Ctrl+R tries again)",
            ShowDashboard);
    }

    /// <summary>True once the dashboard shows its figures (or the line saying why it could not count them).</summary>
    internal bool Counted { get; private set; }

    /// <summary>Plays the summary's main-loop timer (tests; the headless clock does not advance).</summary>
    internal bool Tick() => summary.Tick();

    // Drawn at once, before the figures: the summary reads every root, DAT and run, seconds on a large library.
    private void ShowDashboardPlaceholder()
    {
        Counted = false;
        var width = View.Frame.Width > 0 ? View.Frame.Width : 78;
        Show("Library    counting the roots, files, DATs and coverage…",
            ["", "Database   " + TextFit.Middle(context.Connection.DataSource, width - 11)]);
    }

    private void ShowDashboard(BackgroundJob<string, OverviewFacts>.Ending ending)
    {
        if (view != OverviewView.Dashboard)
        {
            return;
        }

        Counted = true;
        if (ending.Result is not { } facts)
        {
            Show(ending.Failure ?? "Library    not counted.", []);
            return;
        }

        var width = View.Frame.Width > 0 ? View.Frame.Width : 78;
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
