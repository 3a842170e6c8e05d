using RomCurator.Core.Runs;

namespace RomCurator.Tui.Presentation;

/// <summary>
/// Renders the run history as 80-column lines (pure). `romcurator runs` prints the job and status ids scripts know
/// (<see cref="Render"/>); the Logs pane says them in words (<see cref="RenderInWords"/>).
/// </summary>
public static class RunRows
{
    public static readonly string Header = Line("RUN", "JOB", "STATUS", "STARTED (UTC)", "RECORDS", "FILE / MODE");

    public static string Render(RunRecord run) => Line($"{run.RunId}", run.Job, run.Status, Started(run), $"{run.Records:N0}", Path.GetFileName(run.File ?? ""));

    public static string RenderInWords(RunRecord run) =>
        Line($"{run.RunId}", JobNames.Words(run.Job), JobNames.Status(run.Status), Started(run), $"{run.Records:N0}", Path.GetFileName(run.File ?? ""));

    private static string Started(RunRecord run) => run.StartedAt.Length >= 16 ? run.StartedAt[..16] : run.StartedAt;

    private static string Line(string id, string job, string status, string started, string records, string file) =>
        $"{id,5}  {TextFit.End(job, 14),-14} {TextFit.End(status, 9),-9} {started,-16} {records,9}  {file}";
}
