using RomCurator.Core.Runs;

namespace RomCurator.Tui.Shell.Panes;

/// <summary>Renders the run history as 80-column lines (pure); `romcurator runs` prints the same lines.</summary>
public static class RunRows
{
    public static readonly string Header = Line("RUN", "JOB", "STATUS", "STARTED (UTC)", "RECORDS", "FILE / MODE");

    public static string Render(RunRecord run) =>
        Line($"{run.RunId}", run.Job, run.Status, run.StartedAt.Length >= 16 ? run.StartedAt[..16] : run.StartedAt, $"{run.Records:N0}", Path.GetFileName(run.File ?? ""));

    private static string Line(string id, string job, string status, string started, string records, string file) =>
        $"{id,5}  {ReviewRows.Fit(job, 14),-14} {status,-9} {started,-16} {records,9}  {file}";
}
