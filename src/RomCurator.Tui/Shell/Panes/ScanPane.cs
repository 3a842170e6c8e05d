using System.Collections.ObjectModel;
using RomCurator.Core.Scans;
using RomCurator.Core.Pipeline.Checkpoints;
using RomCurator.Core.Pipeline;
using RomCurator.Core.Runs;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace RomCurator.Tui.Shell.Panes;

/// <summary>
/// Starts and cancels a scan of every root, and shows it live: progress bar, rates, counts, the file being read,
/// and the problems as they come. The scan is a <see cref="BackgroundJob{TProgress, TResult}"/>: its thread only
/// publishes snapshots, a timer on the main loop picks up the latest one five times a second (no UI stalls, no flicker,
/// nothing blocks the scan).
/// Leaving the pane does not stop the scan. Once it ends, o opens the organizer's plan for the library.
/// </summary>
public sealed class ScanPane : IPane
{
    private readonly PaneContext context;
    private readonly Label status;
    private readonly ProgressBar bar;
    private const int ShownProblems = 500;
    private readonly ObservableCollection<string> problems = [];
    private readonly HashSet<string> seenProblems = new(StringComparer.Ordinal);
    private readonly BackgroundJob<ScanProgress, Outcome> job;
    private ScanProgress? hashingStart;
    private Outcome? outcome;

    public ScanPane(PaneContext context)
    {
        this.context = context;
        job = new BackgroundJob<ScanProgress, Outcome>(context.App);
        status = new Label { X = 0, Y = 0, Width = Dim.Fill(), Height = 5, HotKeySpecifier = (System.Text.Rune)0xFFFF };
        bar = new ProgressBar { X = 0, Y = 5, Width = Dim.Fill(), Height = 1 };
        var caption = new Label { X = 0, Y = 6, Width = Dim.Fill(), Height = 1, Text = "Problems:", HotKeySpecifier = (System.Text.Rune)0xFFFF };
        List = new PaneListView { X = 0, Y = 7, Width = Dim.Fill(), Height = Dim.Fill(), CanFocus = true, ToneOf = _ => Tone.Problem };
        List.SetSource(problems);
        View = new View { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill(), CanFocus = true };
        View.Add(status, bar, caption, List);
    }

    public string Title => "Scan";

    public View View { get; }

    public PaneListView List { get; }

    public bool IsRunning => job.IsRunning;

    public string? Busy => IsRunning ? "A scan" : null;

    public ScanSummary? LastSummary { get; private set; }

    /// <summary>The line the last scan ended with (finished, cancelled, failed), or null.</summary>
    public string? StatusLine { get; private set; }

    /// <summary>What the status lines say now.</summary>
    public string StatusText => status.Text;

    public IReadOnlyList<PaneKey> Keys =>
    [
        new([Key.Enter], "Enter", "start: scan every active root (an interrupted scan resumes)", () => Start(null)),
        new([Key.C], "c", "cancel the running scan (committed work is kept; the next scan resumes)", Cancel),
        new([Key.O], "o", "organize: the organizer's plan for the library (after a scan)", Organize),
    ];

    public void Refresh()
    {
        if (!job.IsRunning && LastSummary is null && outcome is null)
        {
            var interrupted = new CheckpointFile(context.Settings.Paths.Logs, context.Settings.Paths.Database).Read() is not null;
            status.Text = interrupted
                ? "An interrupted scan is waiting. Press Enter to resume it."
                : "No scan running. Press Enter to scan every root (or s on a root in the Roots pane).";
        }
    }

    /// <summary>Starts a scan of every active root, or of one root by name; ignored while a scan runs.</summary>
    public void Start(string? rootName)
    {
        if (job.IsRunning)
        {
            context.Host.Say("A scan is already running (c cancels it).");
            return;
        }

        LastSummary = null;
        StatusLine = null;
        problems.Clear();
        seenProblems.Clear();
        status.Text = rootName is null ? "Starting…" : $"Starting a scan of '{rootName}'…";
        hashingStart = null;
        outcome = null;
        var settings = context.Settings;
        job.Start(
            (cancellation, progress) =>
            {
                var summary = new IngestionJob(new ScanRequest(settings, rootName), progress).Run(cancellation);
                return new Outcome(summary, null, summary.Status == RunStatus.Completed && SomethingToOrganize(settings));
            },
            error => error is ScanException or JobBusyException ? error.Message : $"{error.GetType().Name}: {error.Message}",
            () =>
            {
                if (job.Latest is { } snapshot)
                {
                    Show(snapshot);
                }
            },
            ended => Finished(ended.Result ?? new Outcome(null, ended.Failure, false)));
    }

    /// <summary>Main-loop timer: shows the latest snapshot; stops itself once the scan has ended.</summary>
    internal bool Tick() => job.Tick();

    private void Cancel()
    {
        if (!job.Cancel())
        {
            context.Host.Say("No scan is running.");
            return;
        }

        context.Host.Say("Cancelling: the work committed so far is kept and the next scan resumes.");
    }

    private void Organize()
    {
        if (job.IsRunning)
        {
            context.Host.Say("Wait for the scan to finish (or cancel it with c) before organizing.");
            return;
        }

        context.Host.ShowPane("Organizer");
    }

    // Whether the organizer would move anything now (read on the scan's thread, with its own connection; stops at the
    // first move). A template the organizer refuses says nothing here: the Organizer pane explains it.
    private static bool SomethingToOrganize(RomCurator.Core.Configuration.LoadedSettings settings)
    {
        try
        {
            using var connection = RomCurator.Core.Storage.DatabaseOpener.Open(settings.Paths.Database);
            return new RomCurator.Core.Organizer.OrganizerPlanner(connection, settings.Settings.Organizer, settings.Settings.OneGameOneRom).Stream()
                .Any(m => m.Action is RomCurator.Core.Organizer.PlanActions.Move or RomCurator.Core.Organizer.PlanActions.Playlist
                    or RomCurator.Core.Organizer.PlanActions.RemovePlaylist);
        }
        catch (Exception problem) when (problem is ArgumentException or Microsoft.Data.Sqlite.SqliteException or IOException)
        {
            return false;
        }
    }

    private void Finished(Outcome done)
    {
        outcome = done;
        var summary = done.Summary;
        LastSummary = summary;
        status.Text = summary is null ? $"The scan could not start: {done.Failure}" : ScanProgressText.Render(summary);
        StatusLine = summary is null ? "The scan did not run: " + done.Failure : ScanProgressText.Ended(summary, done.SomethingToOrganize);
        context.Host.Say(StatusLine);
        bar.Fraction = summary is { Status: RunStatus.Completed } ? 1 : bar.Fraction;
        foreach (var problem in summary?.Problems ?? [])
        {
            AddProblem(Line(problem));
        }

        if (summary is { Errors: > ShownProblems })
        {
            problems.Add($"… {summary.Errors:N0} problems in all: romcurator runs {summary.RunId} lists them with the run");
        }
    }

    private void Show(ScanProgress progress)
    {
        if (progress.Phase == "hashing" && hashingStart is null)
        {
            hashingStart = progress;
        }

        status.Text = ScanProgressText.Render(progress, hashingStart, View.Frame.Width > 0 ? View.Frame.Width : 78);
        bar.Fraction = ScanProgressText.Fraction(progress);
        if (progress.LatestProblem is { } problem)
        {
            AddProblem(Line(problem));
        }
    }

    // The list shows the first problems only: the run keeps all of them, and a list that grows without end slows down.
    private void AddProblem(string line)
    {
        if (problems.Count < ShownProblems && seenProblems.Add(line))
        {
            problems.Add(line);
        }
    }

    private static string Line(ScanProblem problem) => $"{problem.Kind}: {problem.Path}: {problem.Message}";

    private sealed record Outcome(ScanSummary? Summary, string? Failure, bool SomethingToOrganize);
}
