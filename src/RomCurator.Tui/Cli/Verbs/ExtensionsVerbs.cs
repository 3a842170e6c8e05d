using RomCurator.Core.Registry;
using RomCurator.Core.Serialization;
using RomCurator.Tui.Presentation;

namespace RomCurator.Tui.Cli.Verbs;

/// <summary>`romcurator extensions …`: the extension registry headless — list, add, enable/disable, link to a platform.</summary>
public static class ExtensionsVerbs
{
    public static readonly VerbSpec List = new(
        ["extensions"],
        "list the extension registry (and, with --unknown, extensions in the library it does not know)",
        "extensions [--unknown] [--json]",
        [new OptionSpec("--unknown", "list the extensions found in the library that the registry does not know")],
        RunList);

    public static readonly VerbSpec Add = new(
        ["extensions", "add"],
        "add an extension to the registry (or change its category), optionally for a platform",
        "extensions add EXT --category NAME [--platform NAME] [--description TEXT] [--json]",
        [
            new OptionSpec("--category", "rom, disc, archive, save, patch, playlist or auxiliary", TakesValue: true, ValueName: "NAME"),
            new OptionSpec("--platform", "the platform files with this extension belong to", TakesValue: true, ValueName: "NAME"),
            new OptionSpec("--description", "what the extension is", TakesValue: true, ValueName: "TEXT"),
        ],
        context => Change(context, catalog => catalog.Add(context.Args.Positionals[0],
            context.Args.Value("--category") ?? throw new UsageException("extensions add needs --category NAME"),
            context.Args.Value("--platform"), context.Args.Value("--description"))),
        MinPositionals: 1,
        MaxPositionals: 1);

    public static readonly VerbSpec Enable = Toggle("enable", "scans use the extension again", active: true);

    public static readonly VerbSpec Disable = Toggle("disable", "scans ignore the extension (its row and history are kept)", active: false);

    public static readonly VerbSpec Link = new(
        ["extensions", "link"],
        "link an extension to a platform",
        "extensions link EXT PLATFORM [--json]",
        [],
        context => Change(context, catalog => catalog.LinkPlatform(context.Args.Positionals[0], context.Args.Positionals[1])),
        MinPositionals: 2,
        MaxPositionals: 2);

    private static VerbSpec Toggle(string verb, string summary, bool active) => new(
        ["extensions", verb],
        summary,
        $"extensions {verb} EXT [--json]",
        [],
        context => Change(context, catalog => catalog.SetActive(context.Args.Positionals[0], active)),
        MinPositionals: 1,
        MaxPositionals: 1);

    private static int RunList(VerbContext context)
    {
        using var connection = context.OpenDatabase();
        var unknownOnly = context.Args.Has("--unknown");
        var entries = unknownOnly ? [] : new ExtensionCatalog(connection).List();
        var unknown = unknownOnly || context.Global.Json ? new UnknownExtensions(connection).Find() : [];
        if (context.Global.Json)
        {
            context.WriteJson(new ExtensionsReport(entries, unknown), ReportJsonContext.Default.ExtensionsReport);
            return ExitCodes.Ok;
        }

        if (unknownOnly)
        {
            context.Out.WriteLine(unknown.Count == 0 ? "every extension in the library is in the registry" : $"{"EXT",-10} {"FILES",7}  EXAMPLE");
            foreach (var item in unknown)
            {
                context.Out.WriteLine($"{item.Extension,-10} {item.Files,7:N0}  {item.Example}");
            }

            return ExitCodes.Ok;
        }

        context.Out.WriteLine(ExtensionRows.Header);
        foreach (var entry in entries)
        {
            context.Out.WriteLine(ExtensionRows.Render(entry));
        }

        return ExitCodes.Ok;
    }

    private static int Change(VerbContext context, Func<ExtensionCatalog, ExtensionEntry> change)
    {
        using var connection = context.OpenDatabase();
        ExtensionEntry entry;
        try
        {
            entry = change(new ExtensionCatalog(connection));
        }
        catch (RegistryException problem)
        {
            throw new VerbFailedException(problem.Message);
        }

        if (context.Global.Json)
        {
            context.WriteJson(entry, ReportJsonContext.Default.ExtensionEntry);
        }
        else
        {
            context.Out.WriteLine(ExtensionRows.Render(entry) + "  (applies from the next scan)");
        }

        return ExitCodes.Ok;
    }
}
