namespace RomCurator.Core.Platforms;

/// <summary>A canonical platform: its id and name.</summary>
public sealed record PlatformRef(long PlatformId, string Name);
