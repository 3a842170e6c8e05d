using RomCurator.Core.Configuration;
using RomCurator.Core.Naming;
using RomCurator.Core.Matching;

namespace RomCurator.Tests.Core.Matching;

/// <summary>
/// The naming table against the real DATs: the expected game must come first for at least 95 % of the altered names
/// (the misses are listed), and no name of a game the DAT lacks may reach the review threshold (a link).
/// </summary>
[ClassDataSource<RealDatTitles>(Shared = SharedType.PerClass)]
[NotInParallel(nameof(NamingTableTests))] // the shared indexes (and their SQLite connection) serve one scorer at a time, as in a match run
public sealed class NamingTableTests(RealDatTitles dats)
{
    private static readonly double ReviewThreshold = new MatchingSettings().ReviewThreshold;

    [Test]
    public async Task The_table_has_enough_real_pairs_and_every_expected_game_is_in_its_dat()
    {
        var unknown = NamingTable.SameGame.Concat(NamingTable.HeldOut).Where(p => !dats.Lists(p.Platform, p.Expected)).Select(p => p.Expected).ToList();

        await Assert.That(NamingTable.SameGame.Length).IsGreaterThanOrEqualTo(150);
        await Assert.That(NamingTable.NotInDat.Length).IsGreaterThanOrEqualTo(30);
        await Assert.That(unknown).IsEmpty();
    }

    [Test]
    public async Task The_expected_game_comes_first_for_at_least_95_percent_of_the_names() =>
        await TopOne(NamingTable.SameGame, 0.95);

    [Test]
    public async Task The_expected_game_comes_first_for_at_least_95_percent_of_the_held_out_names() =>
        await TopOne(NamingTable.HeldOut, 0.95);

    private async Task TopOne((string Platform, string File, string Expected)[] table, double least)
    {
        var misses = new List<string>();
        foreach (var (platform, file, expected) in table)
        {
            var top = Best(platform, file);
            if (top is null || !SameGame(file, top.GameName, expected))
            {
                misses.Add($"{file}: expected '{expected}', got '{top?.GameName}' ({top?.Score}: {top?.Reason})");
            }
        }

        var topOne = 1.0 - (double)misses.Count / table.Length;
        Console.WriteLine($"top-1 {topOne:P1} of {table.Length} names; misses:\n{string.Join('\n', misses)}");

        await Assert.That(topOne).IsGreaterThanOrEqualTo(least).Because(string.Join('\n', misses));
    }

    [Test]
    public async Task A_game_the_dat_lacks_never_reaches_the_review_threshold()
    {
        var linked = NamingTable.NotInDat
            .Select(p => (p.File, Top: Best(p.Platform, p.File)))
            .Where(p => p.Top is not null && p.Top.Score >= ReviewThreshold)
            .Select(p => $"{p.File} -> {p.Top!.GameName} ({p.Top.Score}: {p.Top.Reason})")
            .ToList();

        await Assert.That(linked).IsEmpty();
    }

    private TitleCandidate? Best(string platform, string file) =>
        GameMatcher.FindCandidates(TitleFacts.FromFileName(file), [dats.Index(platform)], 5).FirstOrDefault();

    /// <summary>The same game: the same title, and the same regions when the file names a region.</summary>
    private static bool SameGame(string file, string top, string expected)
    {
        var named = DatNameParser.Parse(TitleFacts.FromFileName(file).Name);
        var got = DatNameParser.Parse(top);
        var want = DatNameParser.Parse(expected);
        return got.BaseTitle == want.BaseTitle && (named.Regions is null || got.Regions == want.Regions);
    }
}
