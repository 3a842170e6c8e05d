using RomCurator.Core.Dats.Catalog;
using RomCurator.Core.Serialization;
using RomCurator.Tui.Presentation;

namespace RomCurator.Tui.Cli.Verbs;

/// <summary>`romcurator dat list` (the imported DATs with have/missing) and `dat remove NAME` (one DAT, its links; no file touched).</summary>
public static class DatListVerbs
{
    public static readonly VerbSpec List = new(
        ["dat", "list"],
        "list the imported DATs: name, version, platform, games, entries, games complete and missing",
        "dat list [--json]",
        [],
        RunList);

    public static readonly VerbSpec Remove = new(
        ["dat", "remove"],
        "remove an imported DAT, its entries and the links of files to them (asks first; no file is touched)",
        "dat remove NAME [--yes] [--json]",
        [new OptionSpec("--yes", "do not ask for confirmation (needed when not run in a terminal)")],
        RunRemove,
        MinPositionals: 1,
        MaxPositionals: 1);

    private static int RunList(VerbContext context)
    {
        using var connection = context.OpenDatabase();
        var dats = new DatCatalog(connection).List();
        if (context.Global.Json)
        {
            context.WriteJson(new DatListReport(dats), ReportJsonContext.Default.DatListReport);
            return ExitCodes.Ok;
        }

        if (dats.Count == 0)
        {
            context.Out.WriteLine("no DATs imported (romcurator dat import FILE|DIR)");
            return ExitCodes.Ok;
        }

        foreach (var line in DatListText.Render(dats))
        {
            context.Out.WriteLine(line);
        }

        return ExitCodes.Ok;
    }

    private static int RunRemove(VerbContext context)
    {
        var asked = context.Args.Positionals[0];
        using var connection = context.OpenDatabase();
        var catalog = new DatCatalog(connection);
        var name = catalog.Find(asked) ?? throw new VerbFailedException($"no DAT named '{asked}' is imported (romcurator dat list shows them)");
        var dat = catalog.List().Single(d => d.Name == name);
        Confirm(context, $"Remove DAT '{name}' ({Units.Count(dat.Entries, "entry", "entries")}) and the links of files to it? No file is touched.");
        var removal = new DatRemover(connection).Remove(name);
        if (context.Global.Json)
        {
            context.WriteJson(removal, ReportJsonContext.Default.DatRemoval);
        }
        else
        {
            context.Out.WriteLine($"removed DAT '{removal.Name}': {Units.Count(removal.Entries, "entry", "entries")}, {Units.Count(removal.Links, "file link")}, " +
                                  $"{Units.Count(removal.Releases, "release")} only it listed; no file was touched.");
        }

        return ExitCodes.Ok;
    }

    private static void Confirm(VerbContext context, string question)
    {
        if (context.Args.Has("--yes"))
        {
            return;
        }

        if (!context.Input.IsTerminal)
        {
            throw new UsageException("removing a DAT needs --yes when romcurator is not run in a terminal");
        }

        context.Error.Write(question + " [y/N] ");
        var answer = context.Input.Reader.ReadLine()?.Trim();
        if (!string.Equals(answer, "y", StringComparison.OrdinalIgnoreCase) && !string.Equals(answer, "yes", StringComparison.OrdinalIgnoreCase))
        {
            throw new DeclinedException("cancelled: nothing was removed.");
        }
    }
}
