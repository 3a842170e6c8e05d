namespace RomCurator.Tui.Shell.Prompting;

/// <summary>One choice offered while typing: the value it answers with, and how it is listed.</summary>
public sealed record PromptChoice(string Value, string Shown);
