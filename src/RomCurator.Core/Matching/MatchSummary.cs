namespace RomCurator.Core.Matching;

/// <summary>
/// What a matching pass did: files linked by hash, by title, candidates queued, releases linked.
/// <see cref="MatchedTitleInReview"/>: of <see cref="MatchedTitle"/>, the files whose title link waits in review (a
/// suggestion, also counted in <see cref="Candidates"/>: <see cref="TitleLinksInReview"/>).
/// </summary>
public sealed record MatchSummary(long RunId, string Status, long MatchedHash, long MatchedTitle, long Candidates, long ReleasesLinked, double DurationS,
    long MatchedTitleInReview = 0);
