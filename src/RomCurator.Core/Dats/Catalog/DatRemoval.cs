namespace RomCurator.Core.Dats.Catalog;

/// <summary>What removing a DAT took away: its entries, the file links to them, and the releases only it listed.</summary>
public sealed record DatRemoval(string Name, long Entries, long Links, long Releases);
