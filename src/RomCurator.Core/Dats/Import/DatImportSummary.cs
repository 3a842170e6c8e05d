using RomCurator.Core.Dats.Parsing;

namespace RomCurator.Core.Dats.Import;

/// <summary>
/// The result of importing one DAT (printed by `dat import --json`, stored in <c>import_log.notes</c>).
/// <see cref="ProblemCount"/> counts the values and entries that could not be taken as they are (see
/// <see cref="DatProblemKinds"/>); <see cref="Problems"/> holds the first of them, with their lines.
/// </summary>
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
    string? Error)
{
    public long ProblemCount { get; init; }

    public IReadOnlyList<DatProblem> Problems { get; init; } = [];

    /// <summary>A DAT that could not be imported before any run started (a file that is not there).</summary>
    public static DatImportSummary Failed(string file, string error) =>
        new(0, Runs.RunStatus.Failed, file, null, null, null, null, false, 0, 0, 0, 0, 0, 0, 0, 0, 0, error);
}
