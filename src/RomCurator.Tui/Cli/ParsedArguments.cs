namespace RomCurator.Tui.Cli;

/// <summary>A verb's own flags and positional arguments after parsing.</summary>
public sealed class ParsedArguments(IReadOnlyDictionary<string, string?> options, IReadOnlyList<string> positionals)
{
    public IReadOnlyList<string> Positionals { get; } = positionals;

    public bool Has(string name) => options.ContainsKey(name);

    public string? Value(string name) => options.TryGetValue(name, out var value) ? value : null;

    /// <summary>A flag's value as a positive whole number, <paramref name="fallback"/> when absent; anything else is a usage error.</summary>
    public int PositiveNumber(string name, int fallback) =>
        Value(name) is not { } text ? fallback
        : int.TryParse(text, out var number) && number > 0 ? number
        : throw new UsageException($"{name} needs a positive number, not '{text}'");
}
