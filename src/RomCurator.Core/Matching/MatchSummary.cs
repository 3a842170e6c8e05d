namespace RomCurator.Core.Matching;

/// <summary>What a matching pass did: files linked by hash, by title, candidates queued, releases linked.</summary>
public sealed record MatchSummary(long RunId, string Status, long MatchedHash, long MatchedTitle, long Candidates, long ReleasesLinked, double DurationS);
