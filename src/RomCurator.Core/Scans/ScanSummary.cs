namespace RomCurator.Core.Scans;

/// <summary>
/// The result of a scan: printed by `scan --json` and stored as <c>import_log.notes</c>. Its keys are a public
/// contract (scripts rely on them): keep them, add others freely. <see cref="FilesRetried"/> counts files read again
/// although their size and time are unchanged (an archive that was damaged or locked last time, retried); they are
/// not <see cref="FilesChanged"/>. <see cref="MatchedTitleInReview"/>: of <see cref="MatchedTitle"/>, the title links that
/// wait in review (suggestions, also in <see cref="Candidates"/>).
/// </summary>
public sealed record ScanSummary(
    long RunId,
    string Status,
    bool Resumed,
    IReadOnlyList<string> Roots,
    long FilesSeen,
    long FilesNew,
    long FilesChanged,
    long FilesUnchanged,
    long FilesRetried,
    long FilesMissing,
    long FilesHashed,
    long BytesHashed,
    long ArchivesExpanded,
    long ArchiveMembers,
    long PasswordsRequired,
    long MatchedHash,
    long MatchedTitle,
    long Candidates,
    long Errors,
    double DurationS,
    IReadOnlyList<ScanProblem> Problems,
    long MatchedTitleInReview = 0);
