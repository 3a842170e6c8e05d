using RomCurator.Core.Matching;
using RomCurator.Core.Preferred;
using RomCurator.Core.Serialization;
using RomCurator.Tui.Presentation;

namespace RomCurator.Tui.Cli.Verbs;

/// <summary>`romcurator match`: link library files to imported DATs (run after importing new DATs).</summary>
public static class MatchVerb
{
    public static readonly VerbSpec Spec = new(
        ["match"],
        "match library files against imported DATs by hash (scan does this too; run it after importing DATs)",
        "match [--json]",
        [],
        Run);

    private static int Run(VerbContext context)
    {
        using var connection = context.OpenDatabase();
        var summary = new MatchRun(connection, context.Settings.Settings.Matching,
            VariantPreferences.From(context.Settings.Settings.OneGameOneRom)).Run(context.Cancellation);
        if (context.Global.Json)
        {
            context.WriteJson(summary, ReportJsonContext.Default.MatchSummary);
        }
        else
        {
            context.Out.WriteLine($"match run {summary.RunId}: {Units.Count(summary.MatchedHash, "file")} matched by hash, " +
                                  $"{MatchWording.ByTitle(summary.MatchedTitle, summary.MatchedTitleInReview)}, {summary.Candidates:N0} queued for review, " +
                                  $"{summary.ReleasesLinked:N0} linked to their release in {summary.DurationS:0.00} s");
        }

        return ExitCodes.Ok;
    }
}
