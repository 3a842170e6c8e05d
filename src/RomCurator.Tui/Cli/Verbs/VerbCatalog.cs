namespace RomCurator.Tui.Cli.Verbs;

/// <summary>Every verb of the binary, in the order `--help` lists them.</summary>
public static class VerbCatalog
{
    public static readonly IReadOnlyList<VerbSpec> All =
    [
        RootsVerbs.Add,
        RootsVerbs.List,
        RootsVerbs.Remove,
        ScanVerb.Spec,
        DatImportVerb.Spec,
        MatchVerb.Spec,
        FilesVerb.Spec,
        ReportVerbs.Summary,
        ReportVerbs.FixDat,
        Planned(["review"], "list and decide review candidates headless", "review [--json]", 5),
        OrganizeVerb.Spec,
        ConfigShowVerb.Spec,
        DbInfoVerb.Spec,
    ];

    private static VerbSpec Planned(string[] words, string summary, string usage, int issue, int min = 0, int max = 0,
        params OptionSpec[] options) =>
        new(words, summary, usage, options, _ => ExitCodes.Failed, min, max, issue);
}
