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
        ReviewVerbs.List,
        ReviewVerbs.Accept,
        ReviewVerbs.Reject,
        ReviewVerbs.Skip,
        ReviewVerbs.AcceptAbove,
        ReviewVerbs.Undo,
        OrganizeVerb.Spec,
        ConfigShowVerb.Spec,
        DbInfoVerb.Spec,
    ];
}
