namespace RomCurator.Core.Reports;

/// <summary>The library at a glance: each root's present files and bytes, the DATs and their entries, files waiting for review.</summary>
public sealed record LibraryTotals(IReadOnlyList<RootTotals> Roots, long Dats, long DatEntries, long ReviewWaiting);

/// <summary>One root's present files and their size.</summary>
public sealed record RootTotals(string Name, string Path, string? Platform, bool IsActive, long Files, long Bytes);
