namespace RomCurator.Core.Dats.Parsing;

/// <summary>
/// A DAT's header: which system it describes, which release of the DAT it is, who made it. <see cref="Name"/> is
/// the DAT's identity (its header name, a software list's name, or the file's name: never the XML root element);
/// <see cref="PlatformHints"/> are names to try for its platform before the name itself (a software list's
/// system, an SMDB's first folder); <see cref="Dialect"/> names a kind of DAT its format does not tell apart
/// ("softwarelist").
/// </summary>
public sealed record DatHeader(string Name, string? Description, string? Version, string? Author, string? Homepage,
    IReadOnlyList<string>? PlatformHints = null, string? Dialect = null);
