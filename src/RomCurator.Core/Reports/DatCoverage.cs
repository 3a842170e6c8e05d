namespace RomCurator.Core.Reports;

/// <summary>How much of one DAT the library has: games complete/partial/missing and ROMs have/missing (verified by hash).</summary>
public sealed record DatCoverage(
    string Dat,
    string? Version,
    string? Platform,
    long Games,
    long GamesComplete,
    long GamesPartial,
    long GamesMissing,
    long Roms,
    long RomsHave,
    long RomsMissing);
