namespace RomCurator.Tui.Cli;

/// <summary>`romcurator [VERB] --help --json`: the verbs (one with VERB), the global flags and the exit codes.</summary>
public sealed record HelpReport(string Usage, IReadOnlyList<HelpVerb> Verbs, IReadOnlyList<HelpFlag> GlobalFlags, IReadOnlyDictionary<string, string> ExitCodes);

/// <summary>One verb in <see cref="HelpReport"/>: its name ("dat import"), usage line, summary and flags.</summary>
public sealed record HelpVerb(string Name, string Usage, string Summary, IReadOnlyList<HelpFlag> Flags);

/// <summary>One flag in <see cref="HelpReport"/>: <c>short</c> and <c>value</c> are null when it has none.</summary>
public sealed record HelpFlag(string Name, string? Short, string? Value, string Description)
{
    public static HelpFlag Of(OptionSpec option) => new(option.Name, option.ShortName, option.TakesValue ? option.ValueName : null, option.Description);
}
