namespace RomCurator.Tui.Cli;

/// <summary>A verb's own flags and positional arguments after parsing.</summary>
public sealed class ParsedArguments(IReadOnlyDictionary<string, string?> options, IReadOnlyList<string> positionals)
{
    public IReadOnlyList<string> Positionals { get; } = positionals;

    public bool Has(string name) => options.ContainsKey(name);

    public string? Value(string name) => options.TryGetValue(name, out var value) ? value : null;
}
