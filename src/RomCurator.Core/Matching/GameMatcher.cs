namespace RomCurator.Core.Matching;

/// <summary>
/// Scores a file's title against the DAT games of its candidate platforms and returns the best few, one per
/// release, best first.
/// </summary>
public static class GameMatcher
{
    /// <param name="eligible">When given, only DAT entries it accepts are suggested (the review queue's earlier answers).</param>
    public static IReadOnlyList<TitleCandidate> FindCandidates(TitleFacts file, IEnumerable<TitleIndex> platforms, int max,
        Func<long, bool>? eligible = null)
    {
        var scored = new List<TitleCandidate>();
        foreach (var index in platforms)
        {
            foreach (var title in index.Candidates(file))
            {
                if (eligible is not null && !eligible(title.DatEntryId))
                {
                    continue;
                }

                var ambiguous = file.Regions is null && index.IsAmbiguous(title.Facts.Key);
                var (score, reason) = TitleScorer.Score(file, title.Facts, ambiguous);
                scored.Add(new TitleCandidate(title.DatEntryId, title.AtomicId, title.ReleaseId, title.GameName, score, reason));
            }
        }

        return scored
            .OrderByDescending(c => c.Score).ThenBy(c => c.GameName, StringComparer.Ordinal)
            .DistinctBy(c => c.ReleaseId ?? -c.DatEntryId)
            .Take(max)
            .ToList();
    }
}
