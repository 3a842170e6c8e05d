using RomCurator.Core.Ingestion;
using RomCurator.Tui.Cli.Verbs;

namespace RomCurator.Tui.Shell.Panes;

/// <summary>Renders a running scan's snapshot as a few lines (pure), and its progress fraction and rate.</summary>
public static class ScanProgressText
{
    public static string Render(ScanProgress p)
    {
        var rate = p.Elapsed.TotalSeconds > 0 ? p.BytesHashed / p.Elapsed.TotalSeconds : 0;
        var eta = Fraction(p) is > 0.01f and < 1f and var f ? TimeSpan.FromSeconds(p.Elapsed.TotalSeconds / f * (1 - f)) : (TimeSpan?)null;
        return string.Join('\n',
            $"Phase {p.Phase}: {p.FilesProcessed:N0} of {p.FilesToProcess:N0} files hashed, {p.FilesDiscovered:N0} found",
            $"Hashed {ScanSummaryText.Bytes(p.BytesHashed)} at {ScanSummaryText.Bytes((long)rate)}/s, elapsed {p.Elapsed:hh\\:mm\\:ss}" +
                (eta is { } left ? $", about {left:hh\\:mm\\:ss} left" : ""),
            $"New {p.FilesNew:N0}  changed {p.FilesChanged:N0}  unchanged {p.FilesUnchanged:N0}  missing {p.FilesMissing:N0}",
            $"Archives {p.ArchivesExpanded:N0}  members {p.ArchiveMembers:N0}  matched {p.Matched:N0}  candidates {p.Candidates:N0}  problems {p.Errors:N0}",
            $"Now: {p.CurrentPath ?? "-"}");
    }

    public static float Fraction(ScanProgress p) =>
        p.FilesToProcess > 0 ? Math.Clamp((float)p.FilesProcessed / p.FilesToProcess, 0, 1) : p.Phase == "done" ? 1 : 0;

    public static string Render(ScanSummary s) => string.Join('\n', ScanSummaryText.Render(s).Take(5));
}
