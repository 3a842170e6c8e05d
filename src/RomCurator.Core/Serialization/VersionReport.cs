namespace RomCurator.Core.Serialization;

/// <summary>What `romcurator --version --json` prints.</summary>
public sealed record VersionReport(string Name, string Version, int SchemaVersion, string Runtime, string Architecture);
