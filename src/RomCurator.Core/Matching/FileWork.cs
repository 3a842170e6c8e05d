using RomCurator.Core.Preferred;

namespace RomCurator.Core.Matching;

/// <summary>
/// One file of a title-matching batch, in three steps: the facts of its file name and of each title its cartridge
/// header carries (<see cref="Parse"/>: pure, any thread), the games looked up for them (<see cref="Look"/>: SQL, the
/// pass's thread), then its <see cref="Decision"/> (<see cref="Decide"/>: pure, any thread).
/// </summary>
internal sealed class FileWork(PendingFile file, Func<long, bool>? eligible, FileEvidence evidence, List<TitleIndex> platforms, List<string> headerTitles)
{
    private readonly List<(string? HeaderTitle, TitleFacts Facts)> titles = [];
    private readonly List<List<(TitleIndex Index, List<TitleRow> Rows)>> found = [];

    public PendingFile File => file;

    public MatchDecision? Decision { get; private set; }

    public void Parse()
    {
        titles.Add((null, TitleFacts.FromFileName(file.FileName)));
        foreach (var title in headerTitles)
        {
            titles.Add((title, TitleFacts.From(title)));
        }
    }

    public void Look()
    {
        foreach (var (_, facts) in titles)
        {
            found.Add(GameMatcher.Lookup(facts, platforms));
        }
    }

    public void Decide(int max, MatchThresholds thresholds, VariantPreferences preferences)
    {
        var candidates = new List<TitleCandidate>();
        for (var i = 0; i < titles.Count; i++)
        {
            var (headerTitle, facts) = titles[i];
            var scored = GameMatcher.Score(facts, found[i], max, eligible, evidence, preferences);
            candidates.AddRange(headerTitle is null ? scored : scored.Select(c => c with { Reason = $"header title '{headerTitle}': {c.Reason}" }));
        }

        Decision = MatchPolicy.Decide(candidates, thresholds, preferences);
    }
}
