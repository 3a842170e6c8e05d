using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Discovery;

/// <summary>
/// The walker hands each file on as its root plus the path below it; what the scan stores from that is the same
/// absolute path the file system reached it by (the organizer matches <c>ingestion_queue</c> rows by it).
/// </summary>
public sealed class DiscoveryPathsTests
{
    [Test]
    public async Task Staged_and_queued_paths_are_the_root_joined_with_the_relative_path()
    {
        using var fixture = new ScanFixture();
        fixture.Write("top.nes", "top");
        fixture.Write("a/b/deep.gba", "deep");
        fixture.Write("a/broken.zip", "PK\u0003\u0004 not really a zip");
        File.CreateSymbolicLink(Path.Combine(fixture.Library, "a/link.nes"), Path.Combine(fixture.Library, "top.nes"));
        File.CreateSymbolicLink(Path.Combine(fixture.Library, "dangling.nes"), Path.Combine(fixture.Library, "gone.nes"));
        var root = fixture.AddRoot();

        fixture.Scan();

        var staged = fixture.Column("SELECT relative_path || ' ' || absolute_path FROM file_discovery ORDER BY relative_path");
        await Assert.That(staged).IsEquivalentTo(new[] { "a/b/deep.gba", "a/broken.zip", "a/link.nes", "dangling.nes", "top.nes" }
            .Select(relative => $"{relative} {root.Path}/{relative}"));
        await Assert.That(fixture.Column("SELECT absolute_path FROM ingestion_queue WHERE status = 'error'"))
            .IsEquivalentTo([$"{root.Path}/a/broken.zip"]);
        await Assert.That(fixture.Scalar<long>("SELECT count(*) FROM file_instance WHERE rom_id IS NOT NULL")).IsEqualTo(4L);
    }
}
