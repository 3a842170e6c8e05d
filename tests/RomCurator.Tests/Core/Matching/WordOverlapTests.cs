using RomCurator.Core.Matching;

namespace RomCurator.Tests.Core.Matching;

public sealed class WordOverlapTests
{
    [Test]
    public async Task Most_shared_words_first_and_ties_in_the_order_met_then_it_starts_over()
    {
        var overlap = new WordOverlap(10);
        overlap.Add([8, 3, 5]);
        overlap.Add([5, 1, 3]);
        overlap.Add([9, 3]);

        var top = overlap.TakeTop(4);
        var next = overlap.TakeTop(4);
        overlap.Add([2]);
        var fresh = overlap.TakeTop(4);

        await Assert.That(top).IsEquivalentTo([3, 5, 8, 1], TUnit.Assertions.Enums.CollectionOrdering.Matching);
        await Assert.That(next).IsEmpty();
        await Assert.That(fresh).IsEquivalentTo([2], TUnit.Assertions.Enums.CollectionOrdering.Matching);
    }
}
