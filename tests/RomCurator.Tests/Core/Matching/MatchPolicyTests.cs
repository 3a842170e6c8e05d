using RomCurator.Core.Configuration;
using RomCurator.Core.Matching;

namespace RomCurator.Tests.Core.Matching;

/// <summary>The title-match decision without a database: candidates + thresholds → link / suggest / drop.</summary>
public sealed class MatchPolicyTests
{
    private static long nextEntry = 1;

    private static readonly MatchThresholds Defaults = new(MatchingDefaults.SuggestionFloor, 0.85, 0.95, true, 5);

    [Test]
    public async Task A_certain_match_is_linked_and_settled_without_suggestions()
    {
        var decision = MatchPolicy.Decide([Candidate(1, "Tetris (World)", 1.0), Candidate(2, "Tetris 2 (USA)", 0.5)], Defaults);

        await Assert.That(decision.Link!.GameName).IsEqualTo("Tetris (World)");
        await Assert.That(decision.Suggestions).IsEmpty();
    }

    [Test]
    public async Task A_probable_match_is_linked_and_its_suggestions_go_to_review()
    {
        var decision = MatchPolicy.Decide([Candidate(1, "Tetris (World)", 0.9), Candidate(2, "Tetris 2 (USA)", 0.5)], Defaults);

        await Assert.That(decision.Link!.GameName).IsEqualTo("Tetris (World)");
        await Assert.That(decision.Suggestions.Select(c => c.GameName)).IsEquivalentTo(["Tetris (World)", "Tetris 2 (USA)"]);
    }

    [Test]
    public async Task Evidence_that_forbids_a_link_leaves_a_suggestion_whatever_the_score()
    {
        var decision = MatchPolicy.Decide([Candidate(1, "Empty (World)", 1.0) with { CanLink = false }], Defaults);

        await Assert.That(decision.Link).IsNull();
        await Assert.That(decision.Suggestions.Single().GameName).IsEqualTo("Empty (World)");
    }

    [Test]
    public async Task Two_games_tied_at_the_top_are_suggested_and_not_linked()
    {
        var decision = MatchPolicy.Decide([Candidate(1, "Alpha (USA)", 0.9), Candidate(2, "Beta (USA)", 0.9)], Defaults);

        await Assert.That(decision.Link).IsNull();
        await Assert.That(decision.Suggestions.Count).IsEqualTo(2);
    }

    [Test]
    public async Task A_title_under_the_floor_is_dropped_even_when_a_size_factor_lowered_a_better_one()
    {
        var decision = MatchPolicy.Decide([Candidate(1, "Alpha (USA)", 0.2), Candidate(2, "Beta (USA)", 0.25) with { TitleScore = 0.5 }], Defaults);
        var nothing = MatchPolicy.Decide([Candidate(1, "Alpha (USA)", 0.29)], Defaults);

        await Assert.That(decision.Suggestions.Select(c => c.GameName)).IsEquivalentTo(["Beta (USA)"]);
        await Assert.That(nothing.Dropped).IsTrue();
    }

    [Test]
    public async Task Ties_go_to_the_nearest_size_then_the_parent_then_the_preferred_region()
    {
        var bySize = MatchPolicy.Decide([Candidate(1, "Game (USA) (Rev 1)", 0.9) with { SizeDistance = 1 }, Candidate(1, "Game (USA)", 0.9) with { SizeDistance = 0 }], Defaults);
        var byParent = MatchPolicy.Decide([Candidate(1, "Game (Europe)", 0.9), Candidate(1, "Game (Japan)", 0.9) with { IsClone = true }], Defaults);
        var byRegion = MatchPolicy.Decide([Candidate(1, "Game (Japan)", 0.9), Candidate(1, "Game (USA)", 0.9), Candidate(1, "Game (Europe)", 0.9)], Defaults);

        await Assert.That(bySize.Link!.GameName).IsEqualTo("Game (USA)");
        await Assert.That(byParent.Link!.GameName).IsEqualTo("Game (Europe)");
        await Assert.That(byRegion.Link!.GameName).IsEqualTo("Game (USA)");
    }

    [Test]
    public async Task With_auto_linking_off_every_link_still_goes_to_review()
    {
        var decision = MatchPolicy.Decide([Candidate(1, "Tetris (World)", 1.0)], Defaults with { AutoLinkEnabled = false });

        await Assert.That(decision.Link).IsNotNull();
        await Assert.That(decision.Suggestions.Count).IsEqualTo(1);
    }

    private static TitleCandidate Candidate(long atomic, string game, double score) =>
        new(Interlocked.Increment(ref nextEntry), atomic, Interlocked.Increment(ref nextEntry), game, score, "test");
}
