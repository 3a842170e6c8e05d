using RomCurator.Core.Dats.Catalog;

namespace RomCurator.Core.Serialization;

/// <summary>`dat list --json`: every imported DAT with its have/missing counts.</summary>
public sealed record DatListReport(IReadOnlyList<ImportedDat> Dats);
