using RomCurator.Core.Preferred;
using RomCurator.Core.Reports;
using RomCurator.Core.Serialization;

namespace RomCurator.Tui.Cli.Verbs;

/// <summary>`romcurator report`, `report fixdat` and `report duplicates`: what the library has, lacks and holds twice.</summary>
public static class ReportVerbs
{
    public static readonly VerbSpec Summary = new(
        ["report"],
        "have / missing per DAT (verified by hash), and matched / unmatched / duplicate files per platform",
        "report [--platform NAME] [--1g1r] [--json]",
        [
            new OptionSpec("--platform", "only this platform", TakesValue: true, ValueName: "NAME"),
            new OptionSpec("--1g1r", "one game, one ROM: have / missing counted on each game's preferred variant (oneGameOneRom.* settings)"),
        ],
        RunSummary);

    public static readonly VerbSpec FixDat = new(
        ["report", "fixdat"],
        "write a Logiqx fixdat of what a DAT lists and the library lacks",
        "report fixdat --dat NAME -o FILE [--json]",
        [
            new OptionSpec("--dat", "the DAT to compare against (its header name)", TakesValue: true, ValueName: "NAME"),
            new OptionSpec("--output", "where to write the fixdat", TakesValue: true, ShortName: "-o", ValueName: "FILE"),
        ],
        RunFixDat);

    public static readonly VerbSpec Duplicates = new(
        ["report", "duplicates"],
        "contents present more than once (loose and in archives), their copies, and the bytes removing extra loose copies would free (nothing is deleted)",
        "report duplicates [--json]",
        [],
        RunDuplicates);

    private static int RunDuplicates(VerbContext context)
    {
        using var connection = context.OpenDatabase();
        var report = new DuplicateFinder(connection).Find();
        if (context.Global.Json)
        {
            context.WriteJson(report, ReportJsonContext.Default.DuplicateReport);
            return ExitCodes.Ok;
        }

        foreach (var line in DuplicateText.Render(report))
        {
            context.Out.WriteLine(line);
        }

        return ExitCodes.Ok;
    }

    private static int RunSummary(VerbContext context)
    {
        if (context.Args.Has("--1g1r"))
        {
            return RunPreferred(context);
        }

        using var connection = context.OpenDatabase();
        var report = new LibraryReporter(connection).Build(context.Args.Value("--platform"));
        if (context.Global.Json)
        {
            context.WriteJson(report, ReportJsonContext.Default.LibraryReport);
            return ExitCodes.Ok;
        }

        foreach (var line in ReportText.Render(report))
        {
            context.Out.WriteLine(line);
        }

        return ExitCodes.Ok;
    }

    private static int RunPreferred(VerbContext context)
    {
        var preferences = VariantPreferences.From(context.Settings.Settings.OneGameOneRom);
        using var connection = context.OpenDatabase();
        var report = new PreferredReporter(connection, preferences).Build(context.Args.Value("--platform"));
        if (context.Global.Json)
        {
            context.WriteJson(report, ReportJsonContext.Default.PreferredReport);
            return ExitCodes.Ok;
        }

        foreach (var line in PreferredText.Render(report))
        {
            context.Out.WriteLine(line);
        }

        return ExitCodes.Ok;
    }

    private static int RunFixDat(VerbContext context)
    {
        var dat = context.Args.Value("--dat") ?? throw new UsageException("report fixdat needs --dat NAME");
        var output = context.Args.Value("--output") ?? throw new UsageException("report fixdat needs -o FILE");
        using var connection = context.OpenDatabase();
        (long Games, long Roms) written;
        try
        {
            written = new FixDatWriter(connection).Write(dat, Path.GetFullPath(output));
        }
        catch (InvalidOperationException problem)
        {
            throw new VerbFailedException(problem.Message);
        }

        if (context.Global.Json)
        {
            context.WriteJson(new FixDatReport(dat, Path.GetFullPath(output), written.Games, written.Roms), ReportJsonContext.Default.FixDatReport);
        }
        else
        {
            context.Out.WriteLine($"wrote {output}: {written.Games:N0} missing games, {written.Roms:N0} missing roms of '{dat}'");
        }

        return ExitCodes.Ok;
    }
}
