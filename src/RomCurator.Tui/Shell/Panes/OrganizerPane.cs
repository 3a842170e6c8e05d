using RomCurator.Core.Organizer;
using RomCurator.Core.Runs;
using RomCurator.Core.Storage;
using Terminal.Gui.Input;

namespace RomCurator.Tui.Shell.Panes;

/// <summary>
/// The organizer's dry-run plan as a diff (old path → new path) grouped by platform, with conflicts and skipped files
/// and their reasons, a page at a time: the plan is written to a temporary table and only the page shown is read back
/// (] [ and v turn pages and views without planning again; a refresh plans again). The plan shown is remembered by
/// number: a applies exactly that plan after a confirmation (if the library changed since, nothing moves, the pane says
/// so and shows the new plan) and shows progress while files move (on a background thread with its own connection; a 200 ms timer shows the latest
/// count); c cancels between files; u undoes the last applied run. Every move is written to file_operation_log before
/// the file is touched.
/// </summary>
public sealed class OrganizerPane(PaneContext context) : ListPane("Organizer")
{
    private const int PageSize = 1000;
    private IReadOnlyList<PlanRow> rows = [];
    private int page;
    private PlanTable? plan;
    private long? shownPlan;
    private PlanView view = PlanView.Changes;
    private CancellationTokenSource? running;
    private volatile OrganizeProgress? latest;
    private volatile RunOutcome? outcome;

    public override string? Busy => running is null ? null : "An organizer run";

    public bool IsRunning => running is not null;

    /// <summary>The report of the last apply or undo started here.</summary>
    public OrganizeRunReport? LastReport { get; private set; }

    protected override IReadOnlyList<PaneKey> PaneKeys =>
    [
        new([Key.A], "a", "apply: move the files as planned (asks first)", Apply),
        new([Key.C], "c", "cancel the running organizer (finished moves stay recorded)", Cancel),
        new([Key.V], "v", "view: changes only, everything, problems only", CycleView),
        new([Key.U], "u", "undo the last applied run (asks first)", Undo),
        new([(Key)']'], "]", "next page of the plan", () => Turn(+1), InStatusBar: false),
        new([(Key)'['], "[", "previous page of the plan", () => Turn(-1), InStatusBar: false),
    ];

    public override void Refresh()
    {
        if (running is not null)
        {
            return;
        }

        var service = new FileOrganizerService(context.Connection, context.Settings.Settings.Organizer, context.Settings.Settings.OneGameOneRom);
        var fingerprint = new PlanFingerprint();
        var lines = service.Stream().Select(fingerprint.Add);
        plan?.Dispose();
        plan = PlanTable.Fill(context.Connection, service.Template, lines);
        // Remembered by number: a applies exactly this plan, or says the library changed since it was shown.
        shownPlan = service.Remember(null, plan.Template, fingerprint, plan.Counts).PlanId;
        ShowPage();
        if (service.RecoveryDue() is > 0 and var due)
        {
            context.Host.Say($"{due} moves of an interrupted organizer run are still pending: applying (a), undoing (u) or a scan settles them first.");
        }
    }

    /// <summary>Shows the current page of the plan already made.</summary>
    private void ShowPage()
    {
        if (running is not null || plan is null)
        {
            return;
        }

        var shown = PlanPage.Read(plan, view, page, PageSize);
        page = shown.Page;
        rows = shown.Rows;
        var title = PlanRows.Title(plan.Template, plan.Counts, view);
        if (shown.TotalRows > PageSize)
        {
            title = title.Replace(" (v changes it)", $" · {shown.FirstRow + 1}-{shown.FirstRow + rows.Count} of {shown.TotalRows:N0} (] [)", StringComparison.Ordinal);
        }

        Show(title, rows.Select(r => r.Text).ToList());
    }

    protected override string Describe(int row) => row < rows.Count ? rows[row].Note : "";

    protected override Tone RowTone(int row) => row < rows.Count ? PlanTone(rows[row].Text) : Tone.Normal;

    // Moves green, conflicts red, skips dim: the marks (→ ! -) say the same without colour.
    private static Tone PlanTone(string text) => text.TrimStart() switch
    {
        var t when t.StartsWith('→') => Tone.Good,
        var t when t.StartsWith('!') => Tone.Problem,
        var t when t.StartsWith('-') => Tone.Dim,
        _ => Tone.Normal,
    };

    private void Turn(int pages)
    {
        page = Math.Max(0, page + pages);
        ShowPage();
    }

    /// <summary>Main-loop timer: shows the latest progress; stops itself once the run has ended.</summary>
    internal bool Tick()
    {
        if (latest is { } progress)
        {
            Header.Text = PlanRows.Progress(progress) + "\nc cancels after the current file; every move is recorded first.";
        }

        if (outcome is not { } done)
        {
            return true;
        }

        running?.Dispose();
        running = null;
        LastReport = done.Report;
        context.Host.Say(done.Report switch
        {
            null => "The organizer did not run: " + done.Failure,
            { RunId: null } => "Nothing was moved: every curated file is already in place.",
            var report => $"organizer run {report.RunId} ({report.Mode}) {report.Status}: {report.Moved} moved, {report.Failed} failed" +
                          (report.Mode == "apply" && report.Moved > 0 ? "; u undoes it" : ""),
        });
        Refresh();
        return false;
    }

    private void Apply()
    {
        if (running is not null || plan is null)
        {
            return;
        }

        if (plan.Counts.Moves == 0)
        {
            context.Host.Say("Nothing to move: every curated file is already in place.");
            return;
        }

        var planId = shownPlan!.Value;
        context.Host.Confirm($"Move {plan.Counts.Moves} files as planned ({plan.Counts.Conflicts} conflicts and {plan.Counts.Skips} skipped stay put)?",
            () => Start(service => service.Apply(planId, running!.Token, new Progress(this))));
    }

    private void Undo()
    {
        if (running is not null)
        {
            return;
        }

        var run = new FileOrganizerService(context.Connection, context.Settings.Settings.Organizer).LatestAppliedRun();
        if (run is null)
        {
            context.Host.Say("There is no applied organizer run to undo.");
            return;
        }

        context.Host.Confirm($"Move the files of organizer run {run} back to where they were?",
            () => Start(service => service.Undo(run.Value, running!.Token, new Progress(this))));
    }

    private void Start(Func<FileOrganizerService, OrganizeRunReport> work)
    {
        running = new CancellationTokenSource();
        latest = null;
        outcome = null;
        var database = context.Settings.Paths.Database;
        var settings = context.Settings.Settings.Organizer;
        var oneGameOneRom = context.Settings.Settings.OneGameOneRom;
        Header.Text = "Starting…\nc cancels after the current file; every move is recorded first.";
        Task.Run(() =>
        {
            try
            {
                // Its own connection: a SQLite connection belongs to one thread.
                using var connection = DatabaseOpener.OpenAndMigrate(database);
                outcome = new RunOutcome(work(new FileOrganizerService(connection, settings, oneGameOneRom)), null);
            }
            catch (Exception error)
            {
                outcome = new RunOutcome(null, error is ArgumentException or JobBusyException or PlanChangedException
                    ? error.Message + (error is PlanChangedException ? " (the plan below is the new one: a applies it)" : "")
                    : $"{error.GetType().Name}: {error.Message}");
            }
        });
        context.App.AddTimeout(TimeSpan.FromMilliseconds(200), Tick);
    }

    private void Cancel()
    {
        if (running is null)
        {
            context.Host.Say("No organizer run is going.");
            return;
        }

        running.Cancel();
        context.Host.Say("Cancelling after the current file…");
    }

    private void CycleView()
    {
        view = (PlanView)(((int)view + 1) % 3);
        page = 0;
        ShowPage();
    }

    private sealed class Progress(OrganizerPane pane) : IProgress<OrganizeProgress>
    {
        public void Report(OrganizeProgress value) => pane.latest = value;
    }

    private sealed record RunOutcome(OrganizeRunReport? Report, string? Failure);
}
