namespace RomCurator.Core.Serialization;

/// <summary>
/// What `romcurator --version --json` prints; <see cref="SourceFingerprint"/> is the SHA-256 of the engine's sources the
/// build compiled in (what kept matching state is stamped with), null for a build without it.
/// </summary>
public sealed record VersionReport(string Name, string Version, int SchemaVersion, string Runtime, string Architecture,
    string? SourceFingerprint = null);
