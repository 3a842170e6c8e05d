namespace RomCurator.Core.Reports;

/// <summary>What `romcurator report --json` prints.</summary>
/// <param name="Discs">CD/GD-ROM images matched to DAT games as wholes ("3 of 4 tracks"; <see cref="DiscGameMatch"/>).</param>
public sealed record LibraryReport(IReadOnlyList<DatCoverage> Dats, IReadOnlyList<PlatformFiles> Platforms, long UnmatchedFiles, long DuplicateFiles,
    IReadOnlyList<DiscGameMatch> Discs);
