namespace RomCurator.Tui.Cli;

/// <summary>Where confirmation answers come from, and whether it is a terminal someone can type into.</summary>
public sealed record PromptInput(TextReader Reader, bool IsTerminal)
{
    public static PromptInput FromConsole() => new(Console.In, !Console.IsInputRedirected);
}
