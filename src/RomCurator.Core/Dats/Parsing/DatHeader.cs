namespace RomCurator.Core.Dats.Parsing;

/// <summary>A DAT's header: which system it describes, which release of the DAT it is, who made it.</summary>
public sealed record DatHeader(string Name, string? Description, string? Version, string? Author, string? Homepage);
