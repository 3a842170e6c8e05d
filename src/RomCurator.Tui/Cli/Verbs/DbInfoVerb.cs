using RomCurator.Core.Serialization;
using RomCurator.Core.Storage;

namespace RomCurator.Tui.Cli.Verbs;

/// <summary>`romcurator db info`: creates/migrates the database and shows where it is and what it holds.</summary>
public static class DbInfoVerb
{
    public static readonly VerbSpec Spec = new(
        ["db", "info"],
        "create or upgrade the database and show its location, schema version and row counts",
        "db info [--json]",
        [],
        Run);

    private static int Run(VerbContext context)
    {
        using var connection = context.OpenDatabase();
        var summary = DatabaseSummaryReader.Read(connection);
        if (context.Global.Json)
        {
            context.WriteJson(summary, ReportJsonContext.Default.DatabaseSummary);
            return ExitCodes.Ok;
        }

        context.Out.WriteLine($"database   {summary.Path}");
        context.Out.WriteLine($"schema     {summary.SchemaVersion} (this build knows {summary.KnownSchemaVersion})");
        context.Out.WriteLine($"size       {summary.SizeBytes:N0} bytes, journal {summary.JournalMode}");
        foreach (var (table, count) in summary.RowCounts)
        {
            context.Out.WriteLine($"  {table,-22}{count,12:N0}");
        }

        return ExitCodes.Ok;
    }
}
