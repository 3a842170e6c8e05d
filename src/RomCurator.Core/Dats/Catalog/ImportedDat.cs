namespace RomCurator.Core.Dats.Catalog;

/// <summary>
/// One imported DAT as `dat list` shows it: its name, version, format and platform, how many games and entries
/// it lists, and how many of its games the library has complete (verified by hash) and lacks entirely.
/// </summary>
public sealed record ImportedDat(
    string Name,
    string? Version,
    string Format,
    string? Platform,
    string ImportedAt,
    long Games,
    long Entries,
    long GamesHave,
    long GamesPartial,
    long GamesMissing);
