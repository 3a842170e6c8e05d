namespace RomCurator.Tui.Cli;

/// <summary>
/// One headless verb: its words (e.g. "dat import"), help text, flags, positional arguments and handler.
/// <see cref="AcceptsEmptyArguments"/>: an empty positional argument means something (`config set KEY ""` clears).
/// </summary>
public sealed record VerbSpec(
    IReadOnlyList<string> Words,
    string Summary,
    string Usage,
    IReadOnlyList<OptionSpec> Options,
    Func<VerbContext, int> Run,
    int MinPositionals = 0,
    int MaxPositionals = 0,
    bool AcceptsEmptyArguments = false)
{
    public string Name => string.Join(' ', Words);
}
