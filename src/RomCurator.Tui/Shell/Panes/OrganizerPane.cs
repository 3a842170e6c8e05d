using RomCurator.Core.Organizer;
using RomCurator.Core.Runs;
using RomCurator.Core.Storage;
using RomCurator.Tui.Presentation;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace RomCurator.Tui.Shell.Panes;

/// <summary>
/// The organizer's dry-run plan as a diff (old path → new path) grouped by platform, with conflicts and skipped files
/// and their reasons, a page at a time: the plan is made in the background (<see cref="OrganizerPlanning"/>: the pane
/// draws at once and counts the files planned so far) and written to a temporary table, and only the page shown is
/// read back (] [ and v turn pages and views without planning again; a refresh plans again). The plan shown is remembered by
/// number: a applies exactly that plan after a confirmation (if the library changed since, nothing moves, the pane says
/// so and shows the new plan) and shows progress while files move (a <see cref="BackgroundJob{TProgress, TResult}"/> with its own connection; a 200 ms timer shows the latest
/// count); c cancels between files; u undoes the last applied run. Every move is written to file_operation_log before
/// the file is touched.
/// </summary>
public sealed class OrganizerPane : ListPane
{
    private const int PageSize = 1000;
    private readonly PaneContext context;
    private readonly FrameView details;
    private readonly Label detailsText;
    private readonly HashSet<string> folded = new(StringComparer.Ordinal);
    private readonly OrganizerPlanning planning;
    private IReadOnlyList<PlanRow> rows = [];
    private int page;
    private MadePlan? made;
    private PlanView view = PlanView.Changes;
    private int shownWidth;
    private readonly BackgroundJob<OrganizeProgress, OrganizeRunReport> job;

    public OrganizerPane(PaneContext context)
        : base("Organizer")
    {
        this.context = context;
        job = new BackgroundJob<OrganizeProgress, OrganizeRunReport>(context.App);
        planning = new OrganizerPlanning(context.App);
        detailsText = new Label { X = 1, Y = 0, Width = Dim.Fill(1), Height = Dim.Fill(), HotKeySpecifier = (System.Text.Rune)0xFFFF };
        details = new FrameView { Title = "Plan line (Esc closes)", X = 0, Y = 1, Width = Dim.Fill(), Height = Dim.Fill(), Visible = false };
        details.Add(detailsText);
        View.Add(details);
        // Rows are fitted to the width: a resized terminal gets them again at its width (a page read, no new plan).
        View.ViewportChanged += (_, _) =>
        {
            if (Plan is not null && View.Frame.Width > 0 && View.Frame.Width != shownWidth && !details.Visible)
            {
                ShowPage();
            }
        };
    }

    /// <summary>Whether the selected plan line is open in full.</summary>
    public bool ShowingDetails => details.Visible;

    public override string? Busy => job.IsRunning ? "An organizer run" : null;

    public bool IsRunning => job.IsRunning;

    /// <summary>True once the pane shows a plan made for its last refresh (or the line saying why there is none).</summary>
    internal bool Planned => !planning.IsRunning;

    /// <summary>Plays the planning's main-loop timer (tests; the headless clock does not advance).</summary>
    internal bool TickPlanning() => planning.Tick();

    private PlanTable? Plan => made?.Table;

    /// <summary>The report of the last apply or undo started here.</summary>
    public OrganizeRunReport? LastReport { get; private set; }

    protected override IReadOnlyList<PaneKey> PaneKeys =>
    [
        new([Key.A], "a", "apply: move the files as planned (asks first)", Apply),
        new([Key.C], "c", "cancel the running organizer (finished moves stay recorded)", Cancel),
        new([Key.V], "v", "view: changes only, everything, problems only", CycleView),
        new([Key.U], "u", "undo the last applied run (asks first)", Undo),
        new([Key.F], "f", "fold: hide or show the lines of the platform under the cursor", Fold),
        new([Key.F.WithShift], "F", "fold or unfold every platform", FoldAll, InStatusBar: false),
        new([Key.Enter], "Enter", "full: the selected line's source, destination and reason in full", ToggleDetails),
        new([Key.Esc], "Esc", "close the full view", () => details.Visible = false, InStatusBar: false),
        new([(Key)']'], "]", "next page of the plan", () => Turn(+1), InStatusBar: false),
        new([(Key)'['], "[", "previous page of the plan", () => Turn(-1), InStatusBar: false),
    ];

    public override void Refresh()
    {
        if (job.IsRunning)
        {
            return;
        }

        // Drawn at once: the plan reads every file of the library (seconds for 200,000), in the background.
        details.Visible = false;
        rows = [];
        planning.Start(context.Settings.Paths.Database, context.Settings.Settings.Organizer, context.Settings.Settings.OneGameOneRom,
            ShowPlanning, PlanMade);
        ShowPlanning();
    }

    private void ShowPlanning()
    {
        if (job.IsRunning || !planning.IsRunning)
        {
            return;
        }

        var files = planning.FilesSoFar;
        Show($"Planning: deciding where each file goes… {(files == 0 ? "" : $"{files:N0} {Units.Plural(files, "file")} so far")}".TrimEnd(), []);
    }

    private void PlanMade(BackgroundJob<OrganizerPlanning.Planned, MadePlan>.Ending ending)
    {
        if (ending.Result is not { } next)
        {
            made?.Dispose();
            made = null;
            rows = [];
            Show(ending.Failure ?? "No plan.", []);
            return;
        }

        made?.Dispose();
        made = next;
        ShowPage();
        if (next.RecoveryDue is > 0 and var due)
        {
            context.Host.Say($"{due} {Units.Plural(due, "move")} of an interrupted organizer run {Units.Plural(due, "is", "are")} still pending: applying (a), undoing (u) or a scan settles them first.");
        }
    }

    /// <summary>Shows the current page of the plan already made.</summary>
    private void ShowPage()
    {
        if (job.IsRunning || planning.IsRunning || Plan is null)
        {
            return;
        }

        details.Visible = false;
        var width = View.Frame.Width > 0 ? View.Frame.Width : 78;
        shownWidth = width;
        var shown = PlanPage.Read(Plan, view, page, PageSize, width, folded);
        page = shown.Page;
        rows = shown.Rows;
        var title = PlanRows.Title(Plan.Template, Plan.Counts, view);
        if (shown.TotalRows > PageSize)
        {
            title = title.Replace(" (v changes it)", $" · {shown.FirstRow + 1}-{shown.FirstRow + rows.Count} of {shown.TotalRows:N0} (] [)", StringComparison.Ordinal);
        }

        Show(title, rows.Select(r => r.Text).ToList());
    }

    protected override string Describe(int row) => row >= rows.Count ? "" : rows[row] switch
    {
        { Item: { } item } => PlanRows.Note(item, RootPath(item.Root)),
        { Group: { } group, Folded: true } => $"{group.Platform}: {group.Lines} {Units.Plural(group.Lines, "line")} folded (f shows them)",
        { Group: { } group } => $"{group.Platform}: {group.Lines} {Units.Plural(group.Lines, "line")} (f folds them)",
        _ => "",
    };

    protected override bool NoteIsPaths => true;

    protected override Tone RowTone(int row) => row < rows.Count ? PlanTone(rows[row].Text) : Tone.Normal;

    private string? RootPath(string root) => made?.RootPaths.GetValueOrDefault(root);

    /// <summary>The platform of the selected row (its header or one of its lines).</summary>
    private string? SelectedPlatform => Selected >= 0 && Selected < rows.Count ? rows[Selected].Group?.Platform ?? rows[Selected].Item?.Platform : null;

    private void Fold()
    {
        if (SelectedPlatform is not { } platform)
        {
            return;
        }

        if (!folded.Remove(platform))
        {
            folded.Add(platform);
        }

        ShowPage();
        SelectHeader(platform);
    }

    private void FoldAll()
    {
        if (Plan is null)
        {
            return;
        }

        var platforms = Plan.Groups(PlanRows.Actions(view)).Select(g => g.Platform).ToList();
        var unfold = platforms.All(folded.Contains);
        folded.Clear();
        if (!unfold)
        {
            folded.UnionWith(platforms);
        }

        var keep = SelectedPlatform;
        ShowPage();
        if (keep is not null)
        {
            SelectHeader(keep);
        }
    }

    // After a fold the cursor rests on the platform's header, wherever the rows around it went.
    private void SelectHeader(string platform)
    {
        var index = rows.ToList().FindIndex(r => r.Group?.Platform == platform);
        if (index >= 0)
        {
            List.SelectedItem = index;
        }
    }

    private void ToggleDetails()
    {
        if (details.Visible)
        {
            details.Visible = false;
            return;
        }

        if (Selected < 0 || Selected >= rows.Count)
        {
            return;
        }

        if (rows[Selected].Item is not { } item)
        {
            Fold();
            return;
        }

        var width = (View.Frame.Width > 0 ? View.Frame.Width : 78) - 4;
        detailsText.Text = string.Join('\n', PlanRows.Details(item, RootPath(item.Root), width));
        details.Visible = true;
    }

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
    internal bool Tick() => job.Tick();

    private void ShowProgress()
    {
        if (job.Latest is { } progress)
        {
            Header.Text = PlanRows.Progress(progress) + "\nc cancels after the current file; every move is recorded first.";
        }
    }

    private void Ended(BackgroundJob<OrganizeProgress, OrganizeRunReport>.Ending done)
    {
        LastReport = done.Result;
        context.Host.Say(done.Result switch
        {
            null => "The organizer did not run: " + done.Failure,
            { RunId: null } => "Nothing was moved: every curated file is already in place.",
            var report => $"organizer run {report.RunId} ({report.Mode}) {report.Status}: {report.Moved} moved, {report.Failed} failed" +
                          (report.Playlists > 0 ? $", {report.Playlists} multi-disc playlists {(report.Mode == "undo" ? "removed" : "written")}" : "") +
                          (report.Mode == "apply" && report.Moved + report.Playlists > 0 ? "; u undoes it" : ""),
        });
        Refresh();
    }

    private void Apply()
    {
        if (job.IsRunning)
        {
            return;
        }

        if (planning.IsRunning)
        {
            context.Host.Say("The plan is being made: a applies it once it shows.");
            return;
        }

        if (Plan is null)
        {
            return;
        }

        if (!Plan.Counts.HasWork)
        {
            context.Host.Say("Nothing to move: every curated file is already in place.");
            return;
        }

        var planId = made!.PlanId;
        context.Host.Confirm(ApplyQuestionText.Of(Plan.Counts, null),
            () => Start((service, token, progress) => service.Apply(planId, token, progress)));
    }

    private void Undo()
    {
        if (job.IsRunning)
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
            () => Start((service, token, progress) => service.Undo(run.Value, token, progress)));
    }

    private void Start(Func<FileOrganizerService, CancellationToken, IProgress<OrganizeProgress>, OrganizeRunReport> work)
    {
        var database = context.Settings.Paths.Database;
        var settings = context.Settings.Settings.Organizer;
        var oneGameOneRom = context.Settings.Settings.OneGameOneRom;
        Header.Text = "Starting…\nc cancels after the current file; every move is recorded first.";
        job.Start(
            (token, progress) =>
            {
                // Its own connection: a SQLite connection belongs to one thread.
                using var connection = DatabaseOpener.OpenAndMigrate(database);
                return work(new FileOrganizerService(connection, settings, oneGameOneRom), token, progress);
            },
            error => error is ArgumentException or JobBusyException or PlanChangedException
                ? error.Message + (error is PlanChangedException ? " (the plan below is the new one: a applies it)" : "")
                : $"{error.GetType().Name}: {error.Message}",
            ShowProgress,
            Ended);
    }

    private void Cancel()
    {
        if (!job.Cancel())
        {
            context.Host.Say("No organizer run is going.");
            return;
        }

        context.Host.Say("Cancelling after the current file…");
    }

    private void CycleView()
    {
        view = (PlanView)(((int)view + 1) % 3);
        page = 0;
        ShowPage();
    }
}
