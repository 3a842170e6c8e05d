using RomCurator.Core.Registry;
using RomCurator.Core.Serialization;

namespace RomCurator.Tui.Cli.Verbs;

/// <summary>`romcurator platforms …`: the names that lead to each platform — list, link a name, unlink a name.</summary>
public static class PlatformsVerbs
{
    public static readonly VerbSpec List = new(
        ["platforms"],
        "list every name that leads to a platform (aliases, DAT names, manual links)",
        "platforms [--json]",
        [],
        RunList);

    public static readonly VerbSpec Link = new(
        ["platforms", "link"],
        "make NAME lead to PLATFORM (e.g. platforms link \"Super Famicom\" snes)",
        "platforms link NAME PLATFORM [--json]",
        [],
        RunLink,
        MinPositionals: 2,
        MaxPositionals: 2);

    public static readonly VerbSpec Unlink = new(
        ["platforms", "unlink"],
        "remove a platform name",
        "platforms unlink NAME",
        [],
        RunUnlink,
        MinPositionals: 1,
        MaxPositionals: 1);

    private static int RunList(VerbContext context)
    {
        using var connection = context.OpenDatabase();
        var links = new PlatformLinkStore(connection).List(int.MaxValue);
        if (context.Global.Json)
        {
            context.WriteJson(new PlatformLinksReport(links), ReportJsonContext.Default.PlatformLinksReport);
            return ExitCodes.Ok;
        }

        context.Out.WriteLine($"{"NAME",-40} {"TYPE",-10} PLATFORM");
        foreach (var link in links)
        {
            context.Out.WriteLine($"{link.Alias,-40} {link.LinkType,-10} {link.Platform}");
        }

        return ExitCodes.Ok;
    }

    private static int RunLink(VerbContext context)
    {
        using var connection = context.OpenDatabase();
        var link = Guard(() => new PlatformLinkStore(connection).Link(context.Args.Positionals[0], context.Args.Positionals[1]));
        if (context.Global.Json)
        {
            context.WriteJson(link, ReportJsonContext.Default.PlatformLink);
        }
        else
        {
            context.Out.WriteLine($"'{link.Alias}' now leads to {link.Platform}");
        }

        return ExitCodes.Ok;
    }

    private static int RunUnlink(VerbContext context)
    {
        using var connection = context.OpenDatabase();
        Guard(() =>
        {
            new PlatformLinkStore(connection).Unlink(context.Args.Positionals[0]);
            return true;
        });
        context.Out.WriteLine($"removed the platform name '{context.Args.Positionals[0]}'");
        return ExitCodes.Ok;
    }

    private static T Guard<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (RegistryException problem)
        {
            throw new VerbFailedException(problem.Message);
        }
    }
}
