using RomCurator.Core.Configuration;
using RomCurator.Core.Matching;
using RomCurator.Core.Preferred;
using RomCurator.Core.Review;

namespace RomCurator.Tests.Core.Preferred;

/// <summary>Review and matching show the preferred variant first among equals, after the size evidence.</summary>
public sealed class PreferredSuggestionTests
{
    private static TitleCandidate Candidate(long id, string game, double distance, bool clone = false) =>
        new(id, id, id, game, 0.9, "title", SizeDistance: distance, IsClone: clone);

    [Test]
    public async Task Among_equal_scores_the_nearest_size_wins_then_the_preferred_variant()
    {
        var ranked = CandidateOrder.Rank([
            Candidate(1, "Super Mario World (USA) (Beta) (1990-10-25)", 0),
            Candidate(2, "Super Mario World - Super Mario Bros. 4 (Japan)", 0, clone: true),
            Candidate(3, "Super Mario World (Europe) (Rev 1)", 0),
            Candidate(4, "Super Mario World (USA)", 1, clone: true),
        ]).Select(c => c.GameName).ToList();

        await Assert.That(ranked).IsEquivalentTo([
            "Super Mario World (Europe) (Rev 1)",
            "Super Mario World - Super Mario Bros. 4 (Japan)",
            "Super Mario World (USA) (Beta) (1990-10-25)",
            "Super Mario World (USA)",
        ], TUnit.Assertions.Enums.CollectionOrdering.Matching);
    }

    [Test]
    public async Task Review_orders_equal_confidences_by_size_then_by_the_curator_s_preferences()
    {
        ReviewSuggestion[] suggestions =
        [
            new("Tetris (Japan) (En)", 0.9, null, null, 1, [32768]),
            new("Tetris (World) (Rev 1)", 0.9, null, null, 2, [32768]),
            new("Tetris (World)", 0.9, null, null, 3, [65536]),
            new("Tetris 2 (USA)", 0.95, null, null, 4, [131072]),
        ];
        var file = new FileEvidence(32768, null, ".gb");

        var defaults = SuggestionOrder.Order(suggestions, file, VariantPreferences.From(new OneGameOneRomSettings())).Select(s => s.Game).ToList();
        var japan = SuggestionOrder.Order(suggestions, file, VariantPreferences.From(new OneGameOneRomSettings { Regions = "Japan" })).Select(s => s.Game).ToList();

        await Assert.That(defaults).IsEquivalentTo(["Tetris 2 (USA)", "Tetris (World) (Rev 1)", "Tetris (Japan) (En)", "Tetris (World)"],
            TUnit.Assertions.Enums.CollectionOrdering.Matching);
        await Assert.That(japan).IsEquivalentTo(["Tetris 2 (USA)", "Tetris (Japan) (En)", "Tetris (World) (Rev 1)", "Tetris (World)"],
            TUnit.Assertions.Enums.CollectionOrdering.Matching);
    }
}
