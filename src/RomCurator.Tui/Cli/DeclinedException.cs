namespace RomCurator.Tui.Cli;

/// <summary>The user answered no at a confirmation prompt: nothing was done (exit code 3, cancelled).</summary>
public sealed class DeclinedException(string message) : Exception(message);
