using RomCurator.Core.Library;
using RomCurator.Core.Serialization;

namespace RomCurator.Tui.Cli.Verbs;

/// <summary>`romcurator roots add|list|edit|pause|resume|remove`: manage the folders RomCurator scans.</summary>
public static class RootsVerbs
{
    public static readonly VerbSpec Add = new(
        ["roots", "add"],
        "add a library root (a folder RomCurator scans; it is never modified by a scan)",
        "roots add PATH [--name NAME] [--platform NAME] [--json]",
        [
            new OptionSpec("--name", "a short name for the root (default: the folder name)", TakesValue: true, ValueName: "NAME"),
            new OptionSpec("--platform", "platform hint for files under this root (e.g. snes)", TakesValue: true, ValueName: "NAME"),
        ],
        RunAdd,
        MinPositionals: 1,
        MaxPositionals: 1);

    public static readonly VerbSpec List = new(
        ["roots", "list"],
        "list library roots with their platform hint and file counts",
        "roots list [--all] [--json]",
        [new OptionSpec("--all", "include removed roots")],
        RunList);

    public static readonly VerbSpec Edit = new(
        ["roots", "edit"],
        "change a root's platform hint ('none' clears it)",
        "roots edit NAME --platform NAME|none [--json]",
        [new OptionSpec("--platform", "platform hint for files under this root (e.g. snes), or none", TakesValue: true, ValueName: "NAME")],
        RunEdit,
        MinPositionals: 1,
        MaxPositionals: 1);

    public static readonly VerbSpec Pause = new(
        ["roots", "pause"],
        "stop scanning a root for now (it stays listed; its files and history are kept)",
        "roots pause NAME [--json]",
        [],
        context => RunSetActive(context, active: false),
        MinPositionals: 1,
        MaxPositionals: 1);

    public static readonly VerbSpec Resume = new(
        ["roots", "resume"],
        "scan a paused root again",
        "roots resume NAME [--json]",
        [],
        context => RunSetActive(context, active: true),
        MinPositionals: 1,
        MaxPositionals: 1);

    public static readonly VerbSpec Remove = new(
        ["roots", "remove"],
        "deactivate a library root (its files and history are kept; files on disk are untouched)",
        "roots remove NAME [--json]",
        [],
        RunRemove,
        MinPositionals: 1,
        MaxPositionals: 1);

    private static int RunAdd(VerbContext context)
    {
        using var connection = context.OpenDatabase();
        var root = Guard(() => new LibraryRootStore(connection).Add(
            context.Args.Positionals[0], context.Args.Value("--name"), context.Args.Value("--platform")));
        return Print(context, root, $"added root '{root.Name}' at {root.Path}" +
            (root.PlatformName is null ? "" : $" (platform: {root.PlatformName})"));
    }

    private static int RunList(VerbContext context)
    {
        using var connection = context.OpenDatabase();
        var store = new LibraryRootStore(connection);
        var roots = context.Args.Has("--all") ? store.List(includeInactive: true) : store.ListCurrent();
        if (context.Global.Json)
        {
            context.WriteJson(new RootsReport(roots), ReportJsonContext.Default.RootsReport);
            return ExitCodes.Ok;
        }

        if (roots.Count == 0)
        {
            context.Out.WriteLine("no library roots yet; add one with: romcurator roots add PATH [--platform NAME]");
            return ExitCodes.Ok;
        }

        foreach (var line in RootsTable.Render(roots))
        {
            context.Out.WriteLine(line);
        }

        return ExitCodes.Ok;
    }

    private static int RunEdit(VerbContext context)
    {
        var platform = context.Args.Value("--platform") ?? throw new UsageException("roots edit needs --platform NAME (or --platform none)");
        using var connection = context.OpenDatabase();
        var root = Guard(() => new LibraryRootStore(connection).SetPlatform(
            context.Args.Positionals[0], platform.Equals("none", StringComparison.OrdinalIgnoreCase) ? null : platform));
        return Print(context, root, $"root '{root.Name}' platform hint: {root.PlatformName ?? "none"}");
    }

    private static int RunSetActive(VerbContext context, bool active)
    {
        using var connection = context.OpenDatabase();
        var root = Guard(() => new LibraryRootStore(connection).SetActive(context.Args.Positionals[0], active));
        return Print(context, root, active
            ? $"root '{root.Name}' is scanned again"
            : $"root '{root.Name}' is paused: scans skip it until 'romcurator roots resume {root.Name}'");
    }

    private static int RunRemove(VerbContext context)
    {
        using var connection = context.OpenDatabase();
        var root = Guard(() => new LibraryRootStore(connection).Remove(context.Args.Positionals[0]));
        return Print(context, root, $"removed root '{root.Name}' ({root.Path}); its history is kept and no file was touched");
    }

    private static int Print(VerbContext context, LibraryRoot root, string message)
    {
        if (context.Global.Json)
        {
            context.WriteJson(root, ReportJsonContext.Default.LibraryRoot);
        }
        else
        {
            context.Out.WriteLine(message);
        }

        return ExitCodes.Ok;
    }

    private static LibraryRoot Guard(Func<LibraryRoot> action)
    {
        try
        {
            return action();
        }
        catch (RootValidationException problem)
        {
            throw new VerbFailedException(problem.Message);
        }
    }
}
