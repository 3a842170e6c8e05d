using RomCurator.Core.Storage;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Architecture;

/// <summary>docs/architecture.md draws the engine's layers; these tests keep the drawing and the code the same.</summary>
public sealed class FolderLayerTests
{
    private static readonly FolderGraph Code = FolderGraph.Of(typeof(DatabaseOpener).Assembly, "RomCurator.Core");

    private static LayerDiagram Diagram() => LayerDiagram.Read(Path.Combine(RepositoryPaths.Root, "docs", "architecture.md"));

    [Test]
    public async Task The_diagram_draws_exactly_the_folders_of_the_engine()
    {
        var source = Path.Combine(RepositoryPaths.Root, "src", "RomCurator.Core");
        var folders = Directory.GetDirectories(source)
            .Where(folder => Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories).Any()
                && Path.GetFileName(folder) is not ("bin" or "obj"))
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal)
            .ToList();

        var drawn = Diagram().Folders;

        await Assert.That(folders.Count).IsGreaterThan(10);
        await Assert.That(string.Join(", ", folders.Where(folder => !drawn.Contains(folder!)))).IsEmpty().Because("folders not drawn");
        await Assert.That(string.Join(", ", drawn.Where(name => !folders.Contains(name)))).IsEmpty().Because("drawn names that are no folder");
    }

    [Test]
    public async Task Every_use_between_folders_follows_the_arrows_of_the_diagram()
    {
        var diagram = Diagram();
        var uses = Code.Folders.SelectMany(from => Code.Uses(from).Select(to => (from, to))).ToList();

        var outside = uses
            .Where(use => !diagram.Reachable(use.from).Contains(use.to))
            .Select(use => $"{use.from} → {use.to}: {string.Join("; ", Code.Examples(use.from, use.to))}");

        await Assert.That(uses.Count).IsGreaterThan(20);
        await Assert.That(string.Join(Environment.NewLine, outside)).IsEmpty();
    }

    [Test]
    public async Task Every_arrow_of_the_diagram_is_a_real_use()
    {
        var diagram = Diagram();

        var drawnOnly = diagram.Arrows.Where(arrow => !Code.UsesDirectly(arrow.From, arrow.To)).Select(arrow => $"{arrow.From} --> {arrow.To}");

        await Assert.That(diagram.Arrows.Count).IsGreaterThan(20);
        await Assert.That(string.Join(Environment.NewLine, drawnOnly)).IsEmpty();
    }
}
