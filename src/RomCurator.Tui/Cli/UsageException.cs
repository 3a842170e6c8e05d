namespace RomCurator.Tui.Cli;

/// <summary>The command line was wrong; exits with <see cref="ExitCodes.Usage"/>.</summary>
public sealed class UsageException(string message) : Exception(message);
