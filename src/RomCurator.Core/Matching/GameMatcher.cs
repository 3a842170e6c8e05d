using RomCurator.Core.Preferred;

namespace RomCurator.Core.Matching;

/// <summary>
/// Scores a file's title against the DAT games of its candidate platforms and returns the best few, one per
/// release, ranked by <see cref="CandidateOrder"/>. With the file's evidence, size (<see cref="SizeEvidence"/>) and
/// platform agreement weigh in: a game on a platform the file's evidence does not agree on is only a suggestion. A
/// title of a single letter or digit carries no title evidence and finds nothing.
/// </summary>
public static class GameMatcher
{
    /// <summary>A title match on a platform the evidence disagrees on is worth this much of its score, and never a link.</summary>
    public const double OtherPlatformFactor = 0.9;

    /// <summary>A title shorter than this in letters and digits ("a.gb", "1.nes") names no game: it gets no candidates.</summary>
    public const int ShortestTitle = 2;

    /// <param name="eligible">When given, only DAT entries it accepts are suggested (the review queue's earlier answers).</param>
    /// <param name="preferences">The curator's 1G1R preferences that break ties (the shipped defaults when null).</param>
    public static IReadOnlyList<TitleCandidate> FindCandidates(TitleFacts file, IEnumerable<TitleIndex> platforms, int max,
        Func<long, bool>? eligible = null, FileEvidence? evidence = null, VariantPreferences? preferences = null) =>
        Score(file, Lookup(file, platforms), max, eligible, evidence, preferences);

    /// <summary>
    /// The games worth scoring for <paramref name="file"/> on each platform, read from the database (one thread at a
    /// time: the indexes' scratch and statements are shared); none for a title too short to name a game.
    /// </summary>
    public static List<(TitleIndex Index, List<TitleRow> Rows)> Lookup(TitleFacts file, IEnumerable<TitleIndex> platforms) =>
        file.Compact.Length < ShortestTitle ? [] : platforms.Select(index => (index, index.CandidateRows(file))).ToList();

    /// <summary>
    /// Scores the games <see cref="Lookup"/> found and returns the best few, one per release (pure: runs on any thread;
    /// the indexes are only read).
    /// </summary>
    public static IReadOnlyList<TitleCandidate> Score(TitleFacts file, IReadOnlyList<(TitleIndex Index, List<TitleRow> Rows)> found, int max,
        Func<long, bool>? eligible = null, FileEvidence? evidence = null, VariantPreferences? preferences = null)
    {
        if (file.Compact.Length < ShortestTitle)
        {
            return [];
        }

        var scored = new List<TitleCandidate>();
        foreach (var (index, rows) in found)
        {
            var otherPlatform = evidence?.AgreedPlatforms is { } agreed && !agreed.Contains(index.PlatformId);
            foreach (var row in rows)
            {
                if (eligible is not null && !eligible(row.DatEntryId))
                {
                    continue;
                }

                var title = row.ToIndexed();
                var ambiguous = file.Regions is null && index.IsAmbiguous(title.Facts.Compact);
                var (score, reason) = TitleScorer.Score(file, title.Facts, ambiguous);
                var candidate = new TitleCandidate(title.DatEntryId, title.AtomicId, title.ReleaseId, title.GameName, score, reason,
                    IsClone: title.IsClone, TitleScore: score);
                if (evidence is not null)
                {
                    var size = SizeEvidence.Compare(evidence, title.RomSizes ?? []);
                    candidate = candidate with
                    {
                        Score = Math.Round(score * size.Factor, 4), Reason = reason + "; " + size.Text, CanLink = size.CanLink,
                        SizeDistance = size.Distance,
                    };
                }

                if (otherPlatform)
                {
                    candidate = candidate with
                    {
                        Score = Math.Round(candidate.Score * OtherPlatformFactor, 4), CanLink = false,
                        Reason = candidate.Reason + "; another platform than the file's root and extension agree on",
                    };
                }

                scored.Add(candidate);
            }
        }

        return CandidateOrder.Rank(scored, preferences)
            .DistinctBy(c => c.ReleaseId ?? -c.DatEntryId)
            .Take(max)
            .ToList();
    }
}
