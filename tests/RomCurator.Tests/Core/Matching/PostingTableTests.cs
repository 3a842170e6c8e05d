using RomCurator.Core.Matching;

namespace RomCurator.Tests.Core.Matching;

public sealed class PostingTableTests
{
    [Test]
    public async Task Positions_come_back_in_the_order_they_were_added_under_their_hash()
    {
        var builder = new PostingTable.Builder(2);
        var random = new Random(3);
        var expected = new Dictionary<ulong, List<int>>();
        for (var position = 0; position < 5000; position++)
        {
            foreach (var hash in Enumerable.Range(0, random.Next(1, 4)).Select(_ => (ulong)random.Next(300)).Distinct())
            {
                builder.Add(hash, position);
                (expected.TryGetValue(hash, out var list) ? list : expected[hash] = []).Add(position);
            }
        }

        var table = builder.Build();

        foreach (var (hash, positions) in expected)
        {
            await Assert.That(table.Find(hash).ToArray()).IsEquivalentTo(positions, TUnit.Assertions.Enums.CollectionOrdering.Matching);
        }

        await Assert.That(table.Find(1000).Length).IsEqualTo(0);
    }

    [Test]
    public async Task Mostly_unique_hashes_are_found_as_well()
    {
        var builder = new PostingTable.Builder(10);
        for (var position = 0; position < 1000; position++)
        {
            builder.Add((ulong)(position % 997) * 7919, position);
        }

        var table = builder.Build();

        await Assert.That(table.Find(2 * 7919).ToArray()).IsEquivalentTo([2, 999], TUnit.Assertions.Enums.CollectionOrdering.Matching);
        await Assert.That(table.Find(500 * 7919).ToArray()).IsEquivalentTo([500], TUnit.Assertions.Enums.CollectionOrdering.Matching);
        await Assert.That(table.Find(0).ToArray()).IsEquivalentTo([0, 997], TUnit.Assertions.Enums.CollectionOrdering.Matching);
        await Assert.That(table.Find(3).Length).IsEqualTo(0);
        await Assert.That(table.Find(ulong.MaxValue).Length).IsEqualTo(0);
    }

    [Test]
    public async Task Hashes_under_more_positions_than_kept_are_left_out()
    {
        var builder = new PostingTable.Builder(4);
        for (var position = 0; position < 10; position++)
        {
            builder.Add(7, position);
            if (position % 2 == 0)
            {
                builder.Add(9, position);
            }
        }

        var table = builder.Build(keepAtMost: 5);

        await Assert.That(table.Find(7).Length).IsEqualTo(0);
        await Assert.That(table.Find(9).ToArray()).IsEquivalentTo([0, 2, 4, 6, 8], TUnit.Assertions.Enums.CollectionOrdering.Matching);
    }
}
