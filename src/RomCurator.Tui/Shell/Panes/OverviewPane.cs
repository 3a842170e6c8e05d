using RomCurator.Core.Preferred;
using RomCurator.Core.Reports;
using RomCurator.Core.Runs;
using RomCurator.Tui.Presentation;
using Terminal.Gui.Input;

namespace RomCurator.Tui.Shell.Panes;

/// <summary>
/// The library at a glance: roots (files, size), DATs, per-platform coverage with a bar, what waits for review, the
/// last scan and organizer run in words, and the one next step. p shows the 1G1R report (preferred games had, held
/// only as another copy, missing), d the duplicates report, o the overview again. Every figure is read in the
/// background (<see cref="BackgroundRead{TResult}"/>): the pane draws at once, and coming back to the dashboard shows
/// the figures of the last count, marked as being refreshed, until the new ones come.
/// </summary>
public sealed class OverviewPane(PaneContext context) : ListPane("Overview")
{
    private readonly BackgroundRead<OverviewFacts> summary = new(context.App, context.Connection.DataSource);
    private readonly BackgroundRead<ReportLines> report = new(context.App, context.Connection.DataSource);
    private OverviewView view = OverviewView.Dashboard;
    private OverviewFacts? lastFacts;

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
                var preferences = VariantPreferences.From(context.Settings.Settings.OneGameOneRom);
                ShowReport("1G1R: counting the preferred games had, held only as another copy, and missing…", connection =>
                    new ReportLines(ReportViews.Preferred(new PreferredReporter(connection, preferences).Build(), width)));
                return;
            case OverviewView.Duplicates:
                ShowReport("Duplicates: looking for contents present more than once…", connection =>
                    new ReportLines(ReportViews.Duplicates(new DuplicateFinder(connection).Find(), width)));
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
            error => ReadFailure.Line("Library    not counted", error),
            ShowDashboard);
    }

    /// <summary>True once the report asked for last (p, d) shows (or the line saying why it could not be made).</summary>
    internal bool ReportShown { get; private set; }

    /// <summary>Plays the report's main-loop timer (tests; the headless clock does not advance).</summary>
    internal bool TickReport() => report.Tick();

    // The 1G1R and duplicates reports read every file and entry: drawn at once with what is being counted.
    private void ShowReport(string placeholder, Func<Microsoft.Data.Sqlite.SqliteConnection, ReportLines> read)
    {
        ReportShown = false;
        var wanted = view;
        Show(placeholder, []);
        report.Start(read, error => ReadFailure.Line("Report not made", error), ending =>
        {
            if (view != wanted)
            {
                return;
            }

            ReportShown = true;
            if (ending.Result is { } lines)
            {
                Show(lines.Header, lines.Rows);
            }
            else
            {
                Show(ending.Failure ?? "Report not made.", []);
            }
        });
    }

    /// <summary>True once the dashboard shows its figures (or the line saying why it could not count them).</summary>
    internal bool Counted { get; private set; }

    /// <summary>Plays the summary's main-loop timer (tests; the headless clock does not advance).</summary>
    internal bool Tick() => summary.Tick();

    // Drawn at once, before the figures: the summary reads every root, DAT and run, seconds on a large library. The
    // figures of the last count stay, marked, while they are counted again.
    private void ShowDashboardPlaceholder()
    {
        Counted = false;
        var width = View.Frame.Width > 0 ? View.Frame.Width : 78;
        if (lastFacts is { } last)
        {
            var lines = OverviewText.Render(last, width, DateTime.UtcNow);
            Show(lines[0] + Refreshing, [.. lines.Skip(1)]);
            return;
        }

        Show("Library    counting the roots, files, DATs and coverage…",
            ["", "Database   " + TextFit.Middle(context.Connection.DataSource, width - 11)]);
    }

    /// <summary>The mark after the dashboard's first line while its figures are counted again.</summary>
    public const string Refreshing = "  (refreshing…)";

    private void ShowDashboard(BackgroundJob<string, OverviewFacts>.Ending ending)
    {
        if (view != OverviewView.Dashboard)
        {
            return;
        }

        Counted = true;
        if (ending.Result is not { } facts)
        {
            lastFacts = null;
            Show(ending.Failure ?? "Library    not counted.", []);
            return;
        }

        lastFacts = facts;
        var width = View.Frame.Width > 0 ? View.Frame.Width : 78;
        var lines = OverviewText.Render(facts, width, DateTime.UtcNow);
        Show(lines[0], [.. lines.Skip(1)]);
    }

    private void Switch(OverviewView next)
    {
        view = next;
        Refresh();
        // (Terminal.Gui's MoveHome fails on an empty list: a report shows no rows until it is made.)
        if (List.Source?.Count > 0)
        {
            List.MoveHome();
        }
    }

    private sealed record ReportLines(string Header, IReadOnlyList<string> Rows)
    {
        public ReportLines((string Header, IReadOnlyList<string> Rows) view)
            : this(view.Header, view.Rows)
        {
        }
    }
}
