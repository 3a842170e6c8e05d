namespace RomCurator.Core.Scans;

/// <summary>
/// A snapshot of a running scan, reported to whoever watches (the TUI, the CLI's progress line). In the hashing phase
/// the file counts and <see cref="BytesToProcess"/>/<see cref="BytesProcessed"/> cover the whole run (a resumed run
/// counts what it did before), and <see cref="CurrentPath"/> is the largest file being read now (<see cref="CurrentSize"/>
/// its size); in discovery it is the last file found.
/// </summary>
public sealed record ScanProgress(
    string Phase,
    long FilesDiscovered,
    long FilesProcessed,
    long FilesToProcess,
    long BytesHashed,
    long FilesNew,
    long FilesChanged,
    long FilesUnchanged,
    long FilesMissing,
    long ArchivesExpanded,
    long ArchiveMembers,
    long Errors,
    string? CurrentPath,
    TimeSpan Elapsed,
    ScanProblem? LatestProblem,
    long Matched = 0,
    long Candidates = 0,
    long BytesToProcess = 0,
    long BytesProcessed = 0,
    long CurrentSize = 0);
