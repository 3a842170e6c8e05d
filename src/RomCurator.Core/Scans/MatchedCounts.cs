namespace RomCurator.Core.Scans;

/// <summary>
/// What the match step after a scan found, as the scan's counters and summary show it (<see cref="MatchedTitleInReview"/>:
/// of <see cref="MatchedTitle"/>, the title links that wait in review, as suggestions).
/// </summary>
public sealed record MatchedCounts(long MatchedHash, long MatchedTitle, long Candidates, long MatchedTitleInReview = 0);
