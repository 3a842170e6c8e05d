namespace RomCurator.Tests.Faults;

public sealed class CrashPlannerTests
{
    private static readonly Dictionary<string, int> Counts = new()
    {
        ["phase.hashing"] = 1, ["hashing.file"] = 40, ["hashing.batch"] = 12, ["discovery.batch"] = 3, ["never"] = 0,
    };

    [Test]
    public async Task The_same_seed_plans_the_same_kills()
    {
        await Assert.That(CrashPlanner.Plan(7, Counts, 20)).IsEquivalentTo(CrashPlanner.Plan(7, Counts, 20));
        await Assert.That(CrashPlanner.Plan(7, Counts, 20)).IsNotEquivalentTo(CrashPlanner.Plan(8, Counts, 20));
    }

    [Test]
    public async Task Every_point_passed_is_tried_each_kill_once_within_its_passes()
    {
        var plan = CrashPlanner.Plan(7, Counts, 20);

        await Assert.That(plan.Count).IsEqualTo(20);
        await Assert.That(plan.Distinct().Count()).IsEqualTo(20);
        await Assert.That(plan.Select(p => p.Point).Distinct().Order()).IsEquivalentTo(["discovery.batch", "hashing.batch", "hashing.file", "phase.hashing"]);
        await Assert.That(plan.All(p => p.N >= 1 && p.N <= Counts[p.Point])).IsTrue();
        await Assert.That(plan.Count(p => p.Point == "discovery.batch")).IsEqualTo(3).Because("a point passed 3 times gives at most 3 kills");
    }

    [Test]
    public async Task Fewer_passes_than_kills_wanted_gives_every_pass()
    {
        var plan = CrashPlanner.Plan(1, new Dictionary<string, int> { ["a"] = 2, ["b"] = 1 }, 20);

        await Assert.That(plan.Select(p => p.ToString())).IsEquivalentTo(["a:1", "a:2", "b:1"]);
    }
}
