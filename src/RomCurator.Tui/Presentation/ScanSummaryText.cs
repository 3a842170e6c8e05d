using RomCurator.Core.Scans;

namespace RomCurator.Tui.Presentation;

/// <summary>The one-screen summary printed at the end of `scan` (pure: summary → lines).</summary>
public static class ScanSummaryText
{
    private const int ShownProblems = 10;
    private const string FailureKind = "failure";

    public static IEnumerable<string> Render(ScanSummary summary)
    {
        var verb = summary.Resumed ? "resumed scan" : "scan";
        yield return $"{verb} run {summary.RunId} {summary.Status} in {summary.DurationS:0.0} s (roots: {string.Join(", ", summary.Roots)})";
        yield return $"  files      {summary.FilesSeen:N0} seen: {summary.FilesNew:N0} new, {summary.FilesChanged:N0} changed, " +
                     (summary.FilesRetried > 0 ? $"{summary.FilesRetried:N0} retried, " : "") +
                     $"{summary.FilesUnchanged:N0} unchanged; {summary.FilesMissing:N0} missing";
        var rate = summary.DurationS > 0 ? summary.BytesHashed / summary.DurationS : 0;
        yield return $"  hashed     {Units.Count(summary.FilesHashed, "file")}, {Units.CompactSize(summary.BytesHashed)} ({Units.CompactSize((long)rate)}/s)";
        yield return $"  archives   {summary.ArchivesExpanded:N0} expanded, {Units.Count(summary.ArchiveMembers, "member")}" +
                     (summary.PasswordsRequired > 0 ? $", {summary.PasswordsRequired:N0} need a password" : "");
        yield return $"  matched    {summary.MatchedHash:N0} by hash, {MatchWording.ByTitle(summary.MatchedTitle, summary.MatchedTitleInReview)}, {Units.Count(summary.Candidates, "candidate")} for review";
        var failure = Failure(summary);
        if (failure is not null)
        {
            yield return $"  failed     {failure}";
        }

        if (summary.Errors == 0)
        {
            if (failure is null)
            {
                yield return "  problems   none";
            }

            yield break;
        }

        yield return $"  problems   {summary.Errors:N0}" + (summary.Errors > ShownProblems ? $" (first {ShownProblems} shown; all are in the logs folder)" : "");
        foreach (var problem in summary.Problems.Where(p => p.Kind != FailureKind).Take(ShownProblems))
        {
            yield return $"    {problem.Kind,-18} {problem.Path}: {problem.Message}";
        }
    }

    /// <summary>Why the run failed (the scan records it as a problem of kind "failure"), or null.</summary>
    public static string? Failure(ScanSummary summary) =>
        summary.Problems.FirstOrDefault(p => p.Kind == FailureKind)?.Message.ReplaceLineEndings(" ");
}
