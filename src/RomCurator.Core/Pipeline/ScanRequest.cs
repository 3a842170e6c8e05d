using RomCurator.Core.Configuration;

namespace RomCurator.Core.Pipeline;

/// <summary>What to scan (all active roots, or one by name) with which settings.</summary>
public sealed record ScanRequest(LoadedSettings Settings, string? RootName = null);
