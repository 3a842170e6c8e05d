using RomCurator.Core.Runs;
using RomCurator.Core.Serialization;
using RomCurator.Tui.Presentation;

namespace RomCurator.Tui.Cli.Verbs;

/// <summary>`romcurator runs`: the run history (scans, DAT imports, matching, organizer runs), or one run's summary.</summary>
public static class RunsVerb
{
    public static readonly VerbSpec Spec = new(
        ["runs"],
        "list recent runs (scan, dat import, match, organizer), or show one run's summary",
        "runs [RUN] [--limit N] [--json]",
        [new OptionSpec("--limit", "how many runs to list (default 50)", TakesValue: true, ValueName: "N")],
        Run,
        MaxPositionals: 1);

    private static int Run(VerbContext context)
    {
        using var connection = context.OpenDatabase();
        if (context.Args.Positionals.Count == 1)
        {
            return Show(context, new ImportRunStore(connection), context.Args.Positionals[0]);
        }

        var limit = context.Args.PositiveNumber("--limit", 50);
        var runs = new RunHistory(connection).List(limit);
        if (context.Global.Json)
        {
            context.WriteJson(new RunsReport(runs), ReportJsonContext.Default.RunsReport);
            return ExitCodes.Ok;
        }

        context.Out.WriteLine(RunRows.Header);
        foreach (var run in runs)
        {
            context.Out.WriteLine(RunRows.Render(run));
        }

        return ExitCodes.Ok;
    }

    private static int Show(VerbContext context, ImportRunStore store, string id)
    {
        var run = long.TryParse(id, out var runId) && store.Find(runId) is { } found
            ? found
            : throw new VerbFailedException($"there is no run '{id}' (see romcurator runs).");
        if (context.Global.Json)
        {
            // The summary is already the run's JSON report.
            context.Out.WriteLine(run.Notes ?? "{}");
            return ExitCodes.Ok;
        }

        context.Out.WriteLine($"run {run.LogId}: {run.Source} {run.Status}, started {run.StartedAt}, finished {run.FinishedAt ?? "-"}, {run.RecordsProcessed:N0} records");
        foreach (var line in RunNotes.Lines(run.Notes))
        {
            context.Out.WriteLine("  " + line);
        }

        return ExitCodes.Ok;
    }
}
