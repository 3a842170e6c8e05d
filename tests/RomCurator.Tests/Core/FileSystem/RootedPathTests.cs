using RomCurator.Core.FileSystem;

namespace RomCurator.Tests.Core.FileSystem;

public sealed class RootedPathTests
{
    [Test]
    public async Task A_relative_path_joins_its_root_with_one_separator()
    {
        await Assert.That(new RootedPath("/nas/roms", "snes/Game (USA).sfc").Absolute).IsEqualTo("/nas/roms/snes/Game (USA).sfc");
        await Assert.That(new RootedPath("/", "a.zip").Absolute).IsEqualTo("/a.zip");
        await Assert.That(new RootedPath("/nas/roms", "").Absolute).IsEqualTo("/nas/roms");
    }

    [Test]
    public async Task An_absolute_path_splits_back_into_its_root_and_relative_path()
    {
        var path = RootedPath.Under("/nas/roms", "/nas/roms/snes/sub/Game.sfc");

        await Assert.That(path).IsEqualTo(new RootedPath("/nas/roms", "snes/sub/Game.sfc"));
        await Assert.That(RootedPath.Under("/nas/roms", path.Absolute)).IsEqualTo(path);
        await Assert.That(path.Sibling("other/Game.sfc").Absolute).IsEqualTo("/nas/roms/other/Game.sfc");
    }
}
