using RomCurator.Core.Dats.Import;

namespace RomCurator.Core.Serialization;

/// <summary>What `romcurator dat import --json` prints: one entry per DAT file, and the overall status.</summary>
public sealed record DatImportReport(string Status, IReadOnlyList<DatImportSummary> Imports);
