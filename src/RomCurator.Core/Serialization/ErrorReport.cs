namespace RomCurator.Core.Serialization;

/// <summary>What any verb prints with --json when it fails before producing its own report.</summary>
public sealed record ErrorReport(string Error, int ExitCode);
