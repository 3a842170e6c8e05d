using RomCurator.Core.Reports;
using RomCurator.Core.Serialization;

namespace RomCurator.Tui.Cli.Verbs;

/// <summary>`romcurator validate`: files that match no DAT entry, and stale file records.</summary>
public static class ValidateVerb
{
    public static readonly VerbSpec Spec = new(
        ["validate"],
        "list present files that match no DAT entry and stale file records (missing, or under a removed root)",
        "validate [--limit N] [--json]",
        [new OptionSpec("--limit", "at most N of each (default 1000)", TakesValue: true, ValueName: "N")],
        Run);

    private static int Run(VerbContext context)
    {
        var limit = context.Args.PositiveNumber("--limit", 1000);
        using var connection = context.OpenDatabase();
        var validator = new LibraryValidator(connection);
        var report = new ValidationReport(validator.UnmatchedFiles(limit), validator.StaleInstances(limit));
        if (context.Global.Json)
        {
            context.WriteJson(report, ReportJsonContext.Default.ValidationReport);
            return ExitCodes.Ok;
        }

        Print(context, $"unmatched files ({report.Unmatched.Count}{(report.Unmatched.Count == limit ? "+" : "")}):", report.Unmatched);
        Print(context, $"stale file records ({report.Stale.Count}{(report.Stale.Count == limit ? "+" : "")}):", report.Stale);
        return ExitCodes.Ok;
    }

    private static void Print(VerbContext context, string title, IReadOnlyList<ValidationEntry> entries)
    {
        context.Out.WriteLine(title);
        foreach (var entry in entries)
        {
            context.Out.WriteLine($"  {entry.SizeBytes,12:N0}  {entry.Path}  ({entry.Detail})");
        }
    }
}
