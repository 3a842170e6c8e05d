using RomCurator.Core.Dats.Import;
using RomCurator.Core.FileSystem;
using RomCurator.Core.Runs;
using RomCurator.Core.Serialization;
using RomCurator.Tui.Presentation;

namespace RomCurator.Tui.Cli.Verbs;

/// <summary>
/// `romcurator dat import FILE|DIR...`: import Logiqx XML, clrmamepro, software-list and SMDB DATs (also zipped, a
/// zip may hold many; a folder is searched recursively), one run and one summary line per DAT. A DAT that fails is
/// one `romcurator: …` line on stderr and the others go on; the exit code is 1 when any failed.
/// </summary>
public static class DatImportVerb
{
    private const int ProblemsShown = 5;

    public static readonly VerbSpec Spec = new(
        ["dat", "import"],
        "import DATs (Logiqx XML, clrmamepro, MAME software lists, SMDB; also zipped) from files or folders; the same DAT again is a no-op",
        "dat import FILE|DIR... [--platform NAME] [--json]",
        [new OptionSpec("--platform", "platform for the DATs (default: from each DAT's header)", TakesValue: true, ValueName: "NAME")],
        Run,
        MinPositionals: 1,
        MaxPositionals: int.MaxValue);

    private static int Run(VerbContext context)
    {
        using var connection = context.OpenDatabase();
        var importer = new DatImporter(connection);
        var summaries = new List<DatImportSummary>();
        foreach (var argument in context.Args.Positionals)
        {
            foreach (var summary in Import(importer, argument, context))
            {
                summaries.Add(summary);
                Report(context, summary);
                if (summary.Status == RunStatus.Cancelled)
                {
                    break;
                }
            }

            if (summaries.Any(s => s.Status == RunStatus.Cancelled))
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

    /// <summary>The DATs of one argument: a file (every DAT it holds) or a folder (every DAT file under it).</summary>
    private static IEnumerable<DatImportSummary> Import(DatImporter importer, string argument, VerbContext context)
    {
        var platform = context.Args.Value("--platform");
        if (Directory.Exists(argument))
        {
            var files = DatFolder.Files(argument);
            if (files.Count == 0)
            {
                yield return DatImportSummary.Failed(argument, $"no DAT files ({string.Join(", ", DatFolder.Extensions)}) in this folder or below");
            }

            foreach (var file in files)
            {
                foreach (var summary in importer.ImportEach(file, platform, context.Cancellation))
                {
                    yield return summary with { File = Path.GetRelativePath(argument, file) + FileSuffix(summary.File), Error = WithoutSource(summary) };
                }
            }

            yield break;
        }

        if (!File.Exists(argument))
        {
            yield return DatImportSummary.Failed(argument, "file not found" + NonUtf8Names.Explain(argument));
            yield break;
        }

        foreach (var summary in importer.ImportEach(Path.GetFullPath(argument), platform, context.Cancellation))
        {
            yield return summary with { File = argument + FileSuffix(summary.File), Error = WithoutSource(summary) };
        }
    }

    /// <summary>"#inner.dat" of a zip member's source name, so each DAT of a zip is told apart.</summary>
    private static string FileSuffix(string source) => source.IndexOf('#') is var hash and >= 0 ? source[hash..] : "";

    /// <summary>
    /// The reason without the DAT's name in front (the importer names the DAT in its own records), so the line
    /// naming the file as it was given does not name it twice.
    /// </summary>
    private static string? WithoutSource(DatImportSummary summary) =>
        summary.Error is { } error && error.StartsWith(summary.File + ": ", StringComparison.Ordinal) ? error[(summary.File.Length + 2)..] : summary.Error;

    private static void Report(VerbContext context, DatImportSummary summary)
    {
        if (summary.Status == RunStatus.Failed)
        {
            context.Error.WriteLine($"romcurator: {summary.File}: {summary.Error}".ReplaceLineEndings(" "));
            return;
        }

        if (context.Global.Json)
        {
            return;
        }

        context.Out.WriteLine(Describe(summary));
        foreach (var problem in summary.Problems.Take(ProblemsShown))
        {
            context.Out.WriteLine($"  {problem}");
        }

        if (summary.ProblemCount > ProblemsShown)
        {
            context.Out.WriteLine($"  … and {summary.ProblemCount - ProblemsShown:N0} more (romcurator runs {summary.RunId} --json lists the first {DatProblemTally.Kept})");
        }
    }

    private static string Version(DatImportSummary summary) => string.IsNullOrEmpty(summary.Version) ? "" : " " + summary.Version;

    private static string Describe(DatImportSummary summary) => summary switch
    {
        { Status: RunStatus.Completed, Unchanged: true } =>
            $"{summary.File}: '{summary.DatName}'{Version(summary)} is already imported (unchanged)",
        { Status: RunStatus.Completed } =>
            $"{summary.File}: '{summary.DatName}'{Version(summary)} ({summary.Format}) → {summary.Platform}: {Units.Count(summary.Games, "game")}, " +
            $"{Units.Count(summary.Roms, "rom")}, {Units.Count(summary.Disks, "disk")}; {summary.EntriesNew:N0} new, {summary.EntriesUpdated:N0} updated, " +
            $"{Units.Count(summary.EntriesRemoved, "removed entry", "removed entries")}" +
            (summary.Duplicates > 0 ? $" ({summary.Duplicates:N0} duplicate listings merged)" : "") + $" in {summary.DurationS:0.00} s" +
            (summary.ProblemCount > 0 ? $"; {summary.ProblemCount:N0} problem{(summary.ProblemCount == 1 ? "" : "s")}:" : ""),
        _ => $"{summary.File}: {summary.Status}: {summary.Error}",
    };
}
