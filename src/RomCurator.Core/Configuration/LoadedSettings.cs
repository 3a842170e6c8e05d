namespace RomCurator.Core.Configuration;

/// <summary>The effective settings, the absolute paths they resolve to, and the files they came from.</summary>
public sealed record LoadedSettings(RomCuratorSettings Settings, ResolvedPaths Paths, IReadOnlyList<string> Files);
