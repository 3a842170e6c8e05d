using RomCurator.Core.Logging;
using RomCurator.Core.Runs;
using RomCurator.Tui.Presentation;
using Terminal.Gui.Input;

namespace RomCurator.Tui.Shell.Panes;

/// <summary>
/// Run history from <c>import_log</c> (every scan, DAT import, match and organizer run, newest first; Enter shows a
/// run's summary) and, with l, the tail of each category log in turn.
/// </summary>
public sealed class LogsPane(PaneContext context) : ListPane("Logs")
{
    private const int RunPage = 500;
    private const int TailLines = 1000;
    private IReadOnlyList<RunRecord> runs = [];
    private string? category;
    private long? openRun;

    protected override IReadOnlyList<PaneKey> PaneKeys =>
    [
        new([Key.Enter], "Enter", "summary of the selected run (again: back to the list)", ToggleSummary),
        new([Key.L], "l", "log: show the next category log's tail (then back to runs)", NextLog),
    ];

    public override void Refresh()
    {
        if (category is not null)
        {
            var tail = new LogTail(context.Settings.Paths.Logs).Last(category, TailLines);
            Show($"Log '{category}' (last {tail.Count} {Units.Plural(tail.Count, "line")}; l for the next log)", tail);
            List.MoveEnd();
            return;
        }

        runs = new RunHistory(context.Connection).List(RunPage);
        if (openRun is { } id && new ImportRunStore(context.Connection).Find(id) is { } run)
        {
            Show($"Run {run.LogId}: {JobNames.Words(run.Source)} {JobNames.Status(run.Status)}, started {run.StartedAt} UTC (Enter: back)",
                RunSummaryText.Lines(run.Source, run.Notes));
            return;
        }

        Show(runs.Count == 0 ? "No runs yet." : RunRows.Header, runs.Select(RunRows.RenderInWords).ToList());
    }

    protected override string Describe(int row) =>
        category is null && openRun is null && row < runs.Count
            ? $"Run {runs[row].RunId}: {JobNames.Words(runs[row].Job)} {JobNames.Status(runs[row].Status)}" + (runs[row].File is { } file ? " · " + file : "") + " (Enter: summary)"
            : "";

    protected override Tone RowTone(int row) =>
        category is null && openRun is null && row < runs.Count ? Theme.RunStatus(runs[row].Status)
        : category is not null && row >= 0 ? LogTone(Line(row))
        : Tone.Normal;

    private static Tone LogTone(string line) =>
        line.Contains(" ERROR ", StringComparison.Ordinal) || line.Contains("[ERROR]", StringComparison.Ordinal) ? Tone.Problem
        : line.Contains(" WARN", StringComparison.Ordinal) || line.Contains("[WARN", StringComparison.Ordinal) ? Tone.Attention
        : Tone.Normal;

    private void ToggleSummary()
    {
        if (category is not null)
        {
            return;
        }

        openRun = openRun is null && Selected >= 0 && Selected < runs.Count ? runs[Selected].RunId : null;
        Refresh();
    }

    private void NextLog()
    {
        var categories = new LogTail(context.Settings.Paths.Logs).Categories();
        var next = category is null ? 0 : categories.ToList().IndexOf(category) + 1;
        category = next < categories.Count ? categories[next] : null;
        openRun = null;
        if (categories.Count == 0)
        {
            context.Host.Say($"No logs yet in {context.Settings.Paths.Logs}.");
        }

        Refresh();
    }
}
