namespace RomCurator.Core.Ingestion;

/// <summary>A snapshot of a running scan, reported to whoever watches (the TUI, the CLI's progress line).</summary>
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
    long Candidates = 0);
