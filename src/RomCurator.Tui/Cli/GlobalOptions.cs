namespace RomCurator.Tui.Cli;

/// <summary>Flags every verb understands, wherever they appear on the command line.</summary>
public sealed record GlobalOptions(string? DatabasePath, string? ConfigPath, bool Json, bool Help, bool Version)
{
    public static readonly IReadOnlyList<OptionSpec> Specs =
    [
        new("--db", "use this database file instead of the configured one", TakesValue: true, ValueName: "FILE"),
        new("--config", "read this config file instead of $XDG_CONFIG_HOME/romcurator/config.json", TakesValue: true, ValueName: "FILE"),
        new("--json", "print one JSON object on stdout (for scripts)"),
        new("--help", "show help", ShortName: "-h"),
        new("--version", "show the version"),
    ];
}
