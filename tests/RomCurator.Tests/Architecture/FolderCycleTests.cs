using RomCurator.Core.Storage;

namespace RomCurator.Tests.Architecture;

public sealed class FolderCycleTests
{
    [Test]
    public async Task No_two_folders_of_the_engine_use_each_other_even_through_others()
    {
        var graph = FolderGraph.Of(typeof(DatabaseOpener).Assembly, "RomCurator.Core");

        var cycles = FolderCycles.Describe(graph);

        await Assert.That(graph.Folders.Count()).IsGreaterThan(10);
        await Assert.That(string.Join(Environment.NewLine, cycles)).IsEmpty();
    }
}
