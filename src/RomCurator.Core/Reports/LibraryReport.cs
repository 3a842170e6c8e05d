namespace RomCurator.Core.Reports;

/// <summary>What `romcurator report --json` prints.</summary>
public sealed record LibraryReport(IReadOnlyList<DatCoverage> Dats, IReadOnlyList<PlatformFiles> Platforms, long UnmatchedFiles, long DuplicateFiles);
