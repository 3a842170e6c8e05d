namespace RomCurator.Core.Scans;

/// <summary>What the match step after a scan found, as the scan's counters and summary show it.</summary>
public sealed record MatchedCounts(long MatchedHash, long MatchedTitle, long Candidates);
