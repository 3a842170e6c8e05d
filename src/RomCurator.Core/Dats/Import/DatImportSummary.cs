namespace RomCurator.Core.Dats.Import;

/// <summary>The result of importing one DAT (printed by `dat import --json`, stored in <c>import_log.notes</c>).</summary>
public sealed record DatImportSummary(
    long RunId,
    string Status,
    string File,
    string? DatName,
    string? Version,
    string? Format,
    string? Platform,
    bool Unchanged,
    long Games,
    long Roms,
    long Disks,
    long EntriesNew,
    long EntriesUpdated,
    long EntriesRemoved,
    long Duplicates,
    long Releases,
    double DurationS,
    string? Error);
