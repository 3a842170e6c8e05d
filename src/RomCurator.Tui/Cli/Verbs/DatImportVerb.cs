using RomCurator.Core.Dats.Import;
using RomCurator.Core.Runs;
using RomCurator.Core.Serialization;

namespace RomCurator.Tui.Cli.Verbs;

/// <summary>`romcurator dat import FILE...`: import Logiqx XML / clrmamepro DATs (also zipped), one run per file.</summary>
public static class DatImportVerb
{
    public static readonly VerbSpec Spec = new(
        ["dat", "import"],
        "import Logiqx XML or clrmamepro DAT files (also inside a .zip); the same DAT again is a no-op",
        "dat import FILE... [--platform NAME] [--json]",
        [new OptionSpec("--platform", "platform for the DATs (default: from each DAT's header)", TakesValue: true, ValueName: "NAME")],
        Run,
        MinPositionals: 1,
        MaxPositionals: int.MaxValue);

    private static int Run(VerbContext context)
    {
        using var connection = context.OpenDatabase();
        var importer = new DatImporter(connection);
        var summaries = new List<DatImportSummary>();
        foreach (var file in context.Args.Positionals)
        {
            var summary = File.Exists(file)
                ? importer.Import(Path.GetFullPath(file), context.Args.Value("--platform"), context.Cancellation)
                : new DatImportSummary(0, RunStatus.Failed, file, null, null, null, null, false, 0, 0, 0, 0, 0, 0, 0, 0, 0, "file not found");
            summaries.Add(summary);
            if (summary.Status == RunStatus.Failed)
            {
                // A failure is one line on stderr, with or without --json (the JSON object still lists it).
                context.Error.WriteLine($"romcurator: {Describe(summary)}".ReplaceLineEndings(" "));
            }
            else if (!context.Global.Json)
            {
                context.Out.WriteLine(Describe(summary));
            }

            if (summary.Status == RunStatus.Cancelled)
            {
                break;
            }
        }

        var status = summaries.Any(s => s.Status == RunStatus.Cancelled) ? RunStatus.Cancelled
            : summaries.All(s => s.Status == RunStatus.Completed) ? RunStatus.Completed : RunStatus.Failed;
        if (context.Global.Json)
        {
            context.WriteJson(new DatImportReport(status, summaries), ReportJsonContext.Default.DatImportReport);
        }

        return status switch
        {
            RunStatus.Completed => ExitCodes.Ok,
            RunStatus.Cancelled => ExitCodes.Cancelled,
            _ => ExitCodes.Failed,
        };
    }

    private static string Describe(DatImportSummary summary) => summary switch
    {
        { Status: RunStatus.Completed, Unchanged: true } =>
            $"{summary.File}: '{summary.DatName}' {summary.Version} is already imported (unchanged)",
        { Status: RunStatus.Completed } =>
            $"{summary.File}: '{summary.DatName}' {summary.Version} ({summary.Format}) → {summary.Platform}: {summary.Games:N0} games, " +
            $"{summary.Roms:N0} roms, {summary.Disks:N0} disks; {summary.EntriesNew:N0} new, {summary.EntriesUpdated:N0} updated, " +
            $"{summary.EntriesRemoved:N0} removed entries" +
            (summary.Duplicates > 0 ? $" ({summary.Duplicates:N0} duplicate listings merged)" : "") + $" in {summary.DurationS:0.00} s",
        _ => $"{summary.File}: {summary.Status}: {summary.Error}",
    };
}
