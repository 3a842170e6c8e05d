namespace RomCurator.Tui.Cli;

/// <summary>A verb could not do what was asked for a reason the user can fix; exits with <see cref="ExitCodes.Failed"/>.</summary>
public sealed class VerbFailedException(string message) : Exception(message);
