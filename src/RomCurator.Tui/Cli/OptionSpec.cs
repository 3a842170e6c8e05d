namespace RomCurator.Tui.Cli;

/// <summary>A flag a verb accepts: <c>--name</c> (optionally with a short alias like <c>-o</c>), with or without a value.</summary>
public sealed record OptionSpec(string Name, string Description, bool TakesValue = false, string? ShortName = null, string ValueName = "VALUE")
{
    public string Display => (ShortName is null ? "" : ShortName + ", ") + Name + (TakesValue ? " " + ValueName : "");
}
