namespace RomCurator.Core.Serialization;

/// <summary>What `romcurator report fixdat --json` prints.</summary>
public sealed record FixDatReport(string Dat, string Output, long Games, long Roms);
