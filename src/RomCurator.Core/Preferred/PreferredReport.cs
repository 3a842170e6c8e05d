namespace RomCurator.Core.Preferred;

/// <summary>`report --1g1r`: per DAT, the preferred game of each family had, held only as another variant, or missing.</summary>
public sealed record PreferredReport(IReadOnlyList<string> Regions, IReadOnlyList<string> Languages, IReadOnlyList<PreferredCoverage> Dats);
