using RomCurator.Core.Reports;
using RomCurator.Core.Runs;
using RomCurator.Tui.Presentation;

namespace RomCurator.Tui.Shell;

/// <summary>
/// Renders the overview as a dashboard (a pure function, tested without a screen): the roots with their files and
/// sizes, the DATs, how much of each platform the library has (a bar), what waits for review, the last scan and
/// organizer runs in words, and the one next step.
/// </summary>
public static class OverviewText
{
    private const int BarWidth = 10;

    public static IReadOnlyList<string> Render(OverviewFacts facts, int width, DateTime nowUtc)
    {
        var totals = facts.Totals;
        var lines = new List<string>
        {
            $"Library    {Units.Count(totals.Roots.Count, "root")} · {Units.Count(totals.Roots.Sum(r => r.Files), "file")} · {Units.Size(totals.Roots.Sum(r => r.Bytes))}",
        };
        var nameWidth = Math.Clamp(totals.Roots.Select(r => r.Name.Length).DefaultIfEmpty(4).Max(), 4, 20);
        foreach (var root in totals.Roots)
        {
            var left = $"  {TextFit.Pad(root.Name, nameWidth)} {Units.Count(root.Files, "file"),13} {Units.Size(root.Bytes),10}{(root.IsActive ? "" : " (paused)")}  ";
            lines.Add(left + TextFit.Middle(root.Path, width - left.Length));
        }

        lines.Add($"DATs       {Units.Count(totals.Dats, "DAT")} · {Units.Count(totals.DatEntries, "entry", "entries")}");
        var platforms = facts.Coverage
            .GroupBy(c => c.Platform ?? c.Dat)
            .Select(g => (Name: g.Key, Games: g.Sum(c => c.Games), Have: g.Sum(c => c.GamesComplete), Partial: g.Sum(c => c.GamesPartial)))
            .OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (platforms.Count > 0)
        {
            lines.Add("Platforms  complete games (verified by hash)");
            var counts = platforms.Select(p => $"{p.Have:N0} of {Units.Count(p.Games, "game")}" + (p.Partial > 0 ? $", {p.Partial:N0} partial" : "")).ToList();
            var countWidth = counts.Max(c => c.Length);
            var platformWidth = Math.Max(10, width - (2 + 1 + BarWidth + 1 + 4 + 2 + countWidth));
            for (var i = 0; i < platforms.Count; i++)
            {
                var p = platforms[i];
                lines.Add($"  {TextFit.Pad(p.Name, platformWidth)} {Bar.Render(p.Games == 0 ? 0 : (double)p.Have / p.Games, BarWidth)} {Units.Percent(p.Have, p.Games),4}  {counts[i]}");
            }
        }

        lines.Add(totals.ReviewWaiting == 0 ? "Review     nothing waits for a decision"
            : $"Review     {Units.Count(totals.ReviewWaiting, "file")} wait for a decision (press {facts.KeyFor("Review")})");
        lines.Add("Last scan  " + Run(facts.LastScan, nowUtc, "file"));
        lines.Add("Organized  " + Run(facts.LastOrganize, nowUtc, "file"));
        lines.Add("");
        lines.Add("Next: " + NextStep(facts));
        lines.Add("");
        lines.Add("Database   " + TextFit.Middle(facts.DatabasePath, width - 11));
        return lines;
    }

    private static string Run(RunRecord? run, DateTime nowUtc, string unit) =>
        run is null ? "never"
        : $"{JobNames.Status(run.Status)} {When.Ago(run.FinishedAt ?? run.StartedAt, nowUtc)}, {Units.Count(run.Records, unit)} (run {run.RunId})";

    private static string NextStep(OverviewFacts facts)
    {
        var totals = facts.Totals;
        return totals.Roots.Count == 0 ? $"press {facts.KeyFor("Roots")}, then a, to add the folder your ROMs are in."
            : totals.Dats == 0 ? $"press {facts.KeyFor("DATs")}, then i, to import the DATs of your platforms; then scan."
            : facts.LastScan is null || totals.Roots.Sum(r => r.Files) == 0 ? $"press {facts.KeyFor("Scan")}, then Enter, to scan the library."
            : totals.ReviewWaiting > 0 ? $"press {facts.KeyFor("Review")} to decide on the {Units.Count(totals.ReviewWaiting, "file")} waiting for review."
            : $"press {facts.KeyFor("Organizer")} to see where the organizer would put the files.";
    }
}
