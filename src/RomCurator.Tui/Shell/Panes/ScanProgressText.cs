using RomCurator.Core.Scans;
using RomCurator.Core.Runs;
using RomCurator.Tui.Presentation;

namespace RomCurator.Tui.Shell.Panes;

/// <summary>
/// Renders a running scan's snapshot as a few lines (pure): the phase in words; while hashing, the share done by bytes
/// with the file count as a second figure, the read rate and the time left (measured from when hashing started, so
/// discovery does not skew it); the counts; and the file being read now with its size.
/// </summary>
public static class ScanProgressText
{
    public static string Render(ScanProgress p, ScanProgress? hashingStart = null, int width = 78)
    {
        var lines = new List<string> { Headline(p, hashingStart) };
        lines.Add($"Found {Units.Count(p.FilesDiscovered, "file")}: {p.FilesNew:N0} new, {p.FilesChanged:N0} changed, {p.FilesUnchanged:N0} unchanged, {p.FilesMissing:N0} missing");
        lines.Add($"Archives {p.ArchivesExpanded:N0} ({Units.Count(p.ArchiveMembers, "member")}) · matched {p.Matched:N0} · for review {p.Candidates:N0} · problems {p.Errors:N0}");
        lines.Add("Elapsed " + Units.Duration(p.Elapsed));
        var now = p.Phase switch
        {
            "discovery" => p.CurrentPath is { } found ? "Now: looking in " + found : "Now: looking for files",
            "hashing" => p.CurrentPath is { } path ? "Now: " + path + (p.CurrentSize > 0 ? $" ({Units.Size(p.CurrentSize)})" : "") : "Now: writing to the database",
            "finalizing" => "Now: checking which files are gone",
            "matching" => "Now: matching the files against the DATs",
            _ => "Now: -",
        };
        lines.Add(now.StartsWith("Now: ", StringComparison.Ordinal) && now.Length > width ? "Now: " + TextFit.Middle(now[5..], width - 5) : now);
        return string.Join('\n', lines);
    }

    private static string Headline(ScanProgress p, ScanProgress? start)
    {
        switch (p.Phase)
        {
            case "starting":
                return "Starting…";
            case "discovery":
                return $"Looking for files: {Units.Count(p.FilesDiscovered, "file")} found so far";
            case "hashing":
                var line = $"Reading {Units.Percent(Done(p), Whole(p))} of {Units.Size(p.BytesToProcess)} · {p.FilesProcessed:N0} of {Units.Count(p.FilesToProcess, "file")}";
                if (Rate(p, start) is { } rate && rate > 0)
                {
                    line += $" · {Units.Size((long)rate)}/s";
                    var left = p.BytesToProcess - p.BytesProcessed;
                    if (left > 0)
                    {
                        line += $" · about {Units.Duration(TimeSpan.FromSeconds(left / rate))} left";
                    }
                }

                return line;
            case "finalizing":
                return "Finishing: checking for files that are gone";
            case "matching":
                return "Matching the library against the DATs";
            default:
                return $"Scan {p.Phase}";
        }
    }

    // Bytes carry the bar; a run with nothing to read (all empty files) falls back to files.
    private static long Done(ScanProgress p) => p.BytesToProcess > 0 ? p.BytesProcessed : p.FilesProcessed;

    private static long Whole(ScanProgress p) => p.BytesToProcess > 0 ? p.BytesToProcess : p.FilesToProcess;

    private static double? Rate(ScanProgress p, ScanProgress? start)
    {
        var from = start ?? p with { BytesProcessed = 0, Elapsed = TimeSpan.Zero };
        var seconds = (p.Elapsed - from.Elapsed).TotalSeconds;
        return seconds >= 1 ? (p.BytesProcessed - from.BytesProcessed) / seconds : null;
    }

    public static float Fraction(ScanProgress p) =>
        p.Phase is "finalizing" or "matching" or "done" ? 1
        : p.Phase == "hashing" && Whole(p) > 0 ? Math.Clamp((float)Done(p) / Whole(p), 0, 1)
        : 0;

    /// <summary>The status line once a scan has ended: finished, cancelled and failed runs each say so in their own words.</summary>
    public static string Ended(ScanSummary summary, bool somethingToOrganize) => summary.Status switch
    {
        RunStatus.Completed => "Scan finished" + (summary.Errors > 0 ? $" with {Units.Count(summary.Errors, "problem")}." : ".")
                               + (somethingToOrganize ? " Press o for the organizer's plan." : " Nothing to organize."),
        RunStatus.Cancelled => "Scan cancelled: the work done so far is kept; Enter resumes it.",
        _ => "Scan failed: " + (summary.Problems.LastOrDefault(p => p.Kind == "failure")?.Message ?? "see the Logs pane") + ". Enter resumes it.",
    };

    public static string Render(ScanSummary s) => string.Join('\n', ScanSummaryText.Render(s).Take(5));
}
