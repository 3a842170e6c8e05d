using RomCurator.Core.Preferred;

namespace RomCurator.Core.Matching;

/// <summary>
/// One file of a title-matching batch: the games looked up for its file name and for each title its cartridge header
/// carries (read on the pass's thread), then its <see cref="Decision"/> (pure: made on any thread).
/// </summary>
internal sealed class FileWork(PendingFile file, Func<long, bool>? eligible, FileEvidence evidence,
    List<(string? HeaderTitle, TitleFacts Facts, List<(TitleIndex Index, List<TitleRow> Rows)> Found)> titles)
{
    public PendingFile File => file;

    public MatchDecision? Decision { get; private set; }

    public void Decide(int max, MatchThresholds thresholds, VariantPreferences preferences)
    {
        var candidates = new List<TitleCandidate>();
        foreach (var (headerTitle, facts, found) in titles)
        {
            var scored = GameMatcher.Score(facts, found, max, eligible, evidence, preferences);
            candidates.AddRange(headerTitle is null ? scored : scored.Select(c => c with { Reason = $"header title '{headerTitle}': {c.Reason}" }));
        }

        Decision = MatchPolicy.Decide(candidates, thresholds, preferences);
    }
}
