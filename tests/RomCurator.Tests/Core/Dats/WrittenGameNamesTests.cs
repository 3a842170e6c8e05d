using RomCurator.Core.Dats.Import;

namespace RomCurator.Tests.Core.Dats;

public sealed class WrittenGameNamesTests
{
    [Test]
    public async Task Every_added_name_may_be_contained()
    {
        var names = new WrittenGameNames();
        var added = Enumerable.Range(0, 10_000).Select(i => $"Game {i} (USA)").ToList();
        added.ForEach(names.Add);

        await Assert.That(added.Count(name => !names.MayContain(name))).IsEqualTo(0);
        await Assert.That(names.MayContain("Game 10000 (USA)")).IsFalse();
    }

    [Test]
    public async Task Adding_says_whether_the_name_may_have_been_added_before()
    {
        var names = new WrittenGameNames();

        var first = names.MayContainThenAdd("Game (USA)");
        var second = names.MayContainThenAdd("Game (USA)");

        await Assert.That(first).IsFalse();
        await Assert.That(second).IsTrue();
        await Assert.That(names.MayContain("Game (USA)")).IsTrue();
    }

    [Test]
    public async Task Names_added_across_its_levels_are_all_maybe_and_few_others_are()
    {
        // 200,000 names fill the 64 KiB level and go on in the 4 MiB one; a name of either level is found.
        var names = new WrittenGameNames();
        var firstTimeMaybe = 0;
        for (var i = 0; i < 200_000; i++)
        {
            firstTimeMaybe += names.MayContainThenAdd($"Game {i} (Japan)") ? 1 : 0;
        }

        var missed = Enumerable.Range(0, 200_000).Count(i => !names.MayContain($"Game {i} (Japan)"));
        var repeatedNotMaybe = Enumerable.Range(0, 200_000).Count(i => !names.MayContainThenAdd($"Game {i} (Japan)"));
        var others = Enumerable.Range(0, 100_000).Count(i => names.MayContain($"Other {i} (Europe)"));

        await Assert.That(missed).IsEqualTo(0);
        await Assert.That(repeatedNotMaybe).IsEqualTo(0);
        await Assert.That(firstTimeMaybe).IsLessThan(200);
        await Assert.That(others).IsLessThan(100);
    }

    [Test]
    public async Task At_a_million_names_fewer_than_one_in_two_hundred_others_are_maybe()
    {
        // A bit set of one bit per name answered "maybe" for about one other name in 29 here (3.4 %); each such
        // answer costs the import a flush of its buffered rows, a read-back and an upsert. Expected now: ≈ 0.1 %.
        var names = new WrittenGameNames();
        for (var i = 0; i < 1_000_000; i++)
        {
            names.Add($"Game {i} (USA)");
        }

        var maybe = Enumerable.Range(0, 100_000).Count(i => names.MayContain($"Other {i} (Europe)"));

        await Assert.That(maybe).IsLessThan(500);
    }
}
