using RomCurator.Core.Scans;
using RomCurator.Core.Pipeline;
using RomCurator.Core.Runs;
using RomCurator.Core.Serialization;
using RomCurator.Tui.Presentation;

namespace RomCurator.Tui.Cli.Verbs;

/// <summary>`romcurator scan`: discover, hash and enumerate archives under the library roots (never modifies them).</summary>
public static class ScanVerb
{
    public static readonly VerbSpec Spec = new(
        ["scan"],
        "scan library roots: discover, hash, enumerate archives (resumes an interrupted scan)",
        "scan [--root NAME] [--json]",
        [new OptionSpec("--root", "scan only this root", TakesValue: true, ValueName: "NAME")],
        Run);

    private static int Run(VerbContext context)
    {
        var showProgress = !context.Global.Json && !Console.IsErrorRedirected;
        using var progressLine = showProgress ? new ProgressLine(context.Error) : null;
        ScanSummary summary;
        try
        {
            summary = new IngestionJob(new ScanRequest(context.Settings, context.Args.Value("--root")), progressLine)
                .Run(context.Cancellation);
        }
        catch (ScanException problem)
        {
            throw new VerbFailedException(problem.Message);
        }

        progressLine?.Clear();
        if (context.Global.Json)
        {
            context.WriteJson(summary, ReportJsonContext.Default.ScanSummary);
        }
        else
        {
            foreach (var line in ScanSummaryText.Render(summary))
            {
                context.Out.WriteLine(line);
            }
        }

        if (summary.Status == RunStatus.Failed)
        {
            // The reason also goes to stderr, as every failure's does (stdout keeps the summary or the JSON object).
            context.Error.WriteLine($"romcurator: scan run {summary.RunId} failed: {ScanSummaryText.Failure(summary) ?? "see the ingestion log"}; " +
                                    "committed work is kept and the next scan resumes it.");
        }

        return summary.Status switch
        {
            RunStatus.Completed => ExitCodes.Ok,
            RunStatus.Cancelled => ExitCodes.Cancelled,
            _ => ExitCodes.Failed,
        };
    }
}
