namespace RomCurator.Tui.Shell.Prompting;

/// <summary>What Tab made of the typed text, the choices to list when it stays ambiguous, and a note when there is none.</summary>
public sealed record PromptCompletion(string Text, IReadOnlyList<string> Choices, string? Note = null);
