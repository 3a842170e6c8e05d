namespace RomCurator.Tui.Cli.Verbs;

/// <summary>Every verb of the binary, in the order `--help` lists them.</summary>
public static class VerbCatalog
{
    public static readonly IReadOnlyList<VerbSpec> All =
    [
        RootsVerbs.Add,
        RootsVerbs.List,
        RootsVerbs.Edit,
        RootsVerbs.Pause,
        RootsVerbs.Resume,
        RootsVerbs.Remove,
        ScanVerb.Spec,
        DatImportVerb.Spec,
        DatListVerbs.List,
        DatListVerbs.Remove,
        MatchVerb.Spec,
        FilesVerb.Spec,
        ReportVerbs.Summary,
        ReportVerbs.FixDat,
        ReportVerbs.Duplicates,
        ReviewVerbs.List,
        ReviewVerbs.ListSpelledOut,
        ReviewVerbs.Accept,
        ReviewVerbs.Reject,
        ReviewVerbs.Skip,
        ReviewVerbs.AcceptAbove,
        ReviewVerbs.Show,
        ReviewVerbs.Undo,
        OrganizeVerb.Spec,
        RunsVerb.Spec,
        ValidateVerb.Spec,
        ExtensionsVerbs.List,
        ExtensionsVerbs.Add,
        ExtensionsVerbs.Enable,
        ExtensionsVerbs.Disable,
        ExtensionsVerbs.Link,
        PlatformsVerbs.List,
        PlatformsVerbs.Link,
        PlatformsVerbs.Unlink,
        ConfigShowVerb.Spec,
        ConfigSetVerb.Spec,
        DbInfoVerb.Spec,
    ];
}
