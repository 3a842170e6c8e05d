namespace RomCurator.Tui.Cli;

/// <summary>
/// One headless verb: its words (e.g. "dat import"), help text, flags, positional arguments and handler.
/// A verb whose engine has not landed yet names the issue that tracks it and refuses to run.
/// </summary>
public sealed record VerbSpec(
    IReadOnlyList<string> Words,
    string Summary,
    string Usage,
    IReadOnlyList<OptionSpec> Options,
    Func<VerbContext, int> Run,
    int MinPositionals = 0,
    int MaxPositionals = 0,
    int? PlannedIssue = null)
{
    public string Name => string.Join(' ', Words);

    public bool IsPlanned => PlannedIssue is not null;
}
