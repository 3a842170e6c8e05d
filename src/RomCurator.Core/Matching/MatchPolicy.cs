using RomCurator.Core.Preferred;

namespace RomCurator.Core.Matching;

/// <summary>
/// The title-match decision (pure: candidates + thresholds → link / suggest / drop). Candidates whose title alone scores
/// under the suggestion floor are dropped (a title worth suggesting stays a suggestion however its size compares); the rest are ranked (<see cref="CandidateOrder"/>), one per release, up to the maximum kept. The
/// best is linked when it reaches the review threshold, its evidence allows a link, and no other game ties with it;
/// the suggestions go to review unless the link is at or above the auto-link threshold with auto-linking on.
/// </summary>
public static class MatchPolicy
{
    /// <param name="preferences">The curator's 1G1R preferences that break ties (the shipped defaults when null).</param>
    public static MatchDecision Decide(IEnumerable<TitleCandidate> candidates, MatchThresholds thresholds, VariantPreferences? preferences = null)
    {
        var ranked = CandidateOrder.Rank(candidates.Where(c => c.NameScore >= thresholds.Suggest), preferences)
            .DistinctBy(c => c.ReleaseId ?? -c.DatEntryId)
            .Take(thresholds.MaxCandidates)
            .ToList();
        if (ranked.Count == 0)
        {
            return new MatchDecision(null, []);
        }

        var best = ranked[0];
        var tied = ranked.Skip(1).Any(c => c.Score == best.Score && c.AtomicId != best.AtomicId && c.SizeDistance == best.SizeDistance);
        var link = best.Score >= thresholds.Review && best.CanLink && !tied ? best : null;
        var settled = link is not null && LinksRelease(link.Score, thresholds);
        return new MatchDecision(link, settled ? [] : ranked);
    }

    /// <summary>
    /// Whether a title link (automatic, or made by hand) at <paramref name="confidence"/> is linked to its release without
    /// review: auto-linking is on and the confidence reaches the auto-link threshold. Its suggestions are then settled.
    /// </summary>
    public static bool LinksRelease(double confidence, MatchThresholds thresholds) =>
        thresholds.AutoLinkEnabled && confidence >= thresholds.AutoLink;
}
