using RomCurator.Core.Discovery;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Discovery;

public sealed class RootWalkerTests
{
    [Test]
    public async Task Walks_breadth_first_with_relative_paths_sizes_and_depths()
    {
        using var folder = new TempDirectory();
        folder.Write("top.nes", "12345");
        folder.Write("a/mid.gb", "1");
        folder.Write("a/b/deep.gba", "12");

        var entries = Walk(folder.Path);

        await Assert.That(entries.Select(e => e.Path.Relative)).IsEquivalentTo(["top.nes", "a/mid.gb", "a/b/deep.gba"]);
        await Assert.That(entries[0].Size).IsEqualTo(5L);
        await Assert.That(entries.Select(e => e.Depth)).IsEquivalentTo([1, 2, 3]);
    }

    [Test]
    public async Task Skips_hidden_system_marked_and_ignored_entries()
    {
        using var folder = new TempDirectory();
        folder.Write("keep.nes", "x");
        folder.Write(".hidden.nes", "x");
        folder.Write(".cache/x.nes", "x");
        folder.Write("@eaDir/thumb.nes", "x");
        folder.Write("#recycle/old.nes", "x");
        folder.Write("quiet/.nomedia", "");
        folder.Write("quiet/inside.nes", "x");
        folder.Write("quiet/sub/deeper.nes", "x");
        folder.Write("skip/.no-roms", "");
        folder.Write("skip/inside.nes", "x");
        folder.Write("downloads/big.iso.part", "x");
        folder.Write("junk/stuff.nes", "x");

        var entries = Walk(folder.Path, "*.part", "junk/");

        await Assert.That(entries.Select(e => e.Path.Relative)).IsEquivalentTo(["keep.nes"]);
    }

    [Test]
    public async Task Symlink_loops_are_reported_once_and_not_followed()
    {
        using var folder = new TempDirectory();
        folder.Write("games/a.nes", "x");
        Directory.CreateSymbolicLink(folder.File("games/loop"), folder.File("games"));
        Directory.CreateSymbolicLink(folder.File("again"), folder.Path);

        var entries = Walk(folder.Path);

        await Assert.That(entries.Where(e => !e.IsProblem).Select(e => e.Path.Relative)).IsEquivalentTo(["games/a.nes"]);
        await Assert.That(entries.Count(e => e.IsProblem)).IsEqualTo(2);
        await Assert.That(entries.First(e => e.IsProblem).Problem!).Contains("symbolic link loop");
    }

    [Test]
    public async Task A_folder_link_that_sorts_before_its_target_leaves_the_files_under_their_own_path()
    {
        using var folder = new TempDirectory();
        folder.Write("b-real/game.nes", "x");
        folder.Write("c/d/deep.nes", "y");
        Directory.CreateSymbolicLink(folder.File("a-link"), folder.File("b-real"));
        Directory.CreateSymbolicLink(folder.File("a-deep"), folder.File("c/d"));

        var entries = Walk(folder.Path);

        await Assert.That(entries.Where(e => !e.IsProblem).Select(e => e.Path.Relative)).IsEquivalentTo(["b-real/game.nes", "c/d/deep.nes"]);
        await Assert.That(entries.Where(e => e.IsProblem).Select(e => e.Path.Relative)).IsEquivalentTo(["a-link", "a-deep"]);
        await Assert.That(entries.First(e => e.IsProblem).Problem!).Contains("scanned at its own path");
    }

    [Test]
    public async Task Dangling_links_are_problems_and_linked_files_are_followed()
    {
        using var folder = new TempDirectory();
        var target = folder.Write("real/game.nes", "12345678");
        File.CreateSymbolicLink(folder.File("link.nes"), target);
        File.CreateSymbolicLink(folder.File("dangling.nes"), folder.File("nowhere.nes"));

        var entries = Walk(folder.Path);

        await Assert.That(entries.Single(e => e.Path.Relative == "link.nes").Size).IsEqualTo(8L);
        await Assert.That(entries.Single(e => e.Path.Relative == "dangling.nes").Problem!).Contains("broken symbolic link");
    }

    [Test]
    public async Task An_unreadable_folder_is_a_problem_and_the_walk_goes_on()
    {
        using var folder = new TempDirectory();
        folder.Write("open/a.nes", "x");
        folder.Write("locked/b.nes", "x");
        File.SetUnixFileMode(folder.Path, (UnixFileMode)0b111_111_111);
        File.SetUnixFileMode(folder.File("open"), (UnixFileMode)0b111_111_111);
        File.SetUnixFileMode(folder.File("locked"), UnixFileMode.None);
        try
        {
            var entries = Unprivileged.Run(() => Walk(folder.Path));

            await Assert.That(entries.Single(e => e.Path.Relative == "locked").Problem!).Contains("cannot be read");
            await Assert.That(entries.Any(e => e.Path.Relative == "open/a.nes")).IsTrue();
        }
        finally
        {
            File.SetUnixFileMode(folder.File("locked"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Test]
    public async Task Fifos_and_devices_are_reported_and_never_opened()
    {
        using var folder = new TempDirectory();
        folder.Write("game.nes", "x");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [folder.File("pipe.nes")]))
        {
            mkfifo.WaitForExit();
        }

        File.CreateSymbolicLink(folder.File("zero.bin"), "/dev/zero");

        var entries = Walk(folder.Path);

        await Assert.That(entries.Single(e => e.Path.Relative == "pipe.nes").Problem!).Contains("not a regular file");
        await Assert.That(entries.Single(e => e.Path.Relative == "zero.bin").Problem!).Contains("not a regular file");
        await Assert.That(entries.Single(e => e.Path.Relative == "game.nes").IsProblem).IsFalse();
    }

    [Test]
    public async Task A_missing_root_is_one_problem()
    {
        var entries = Walk("/nonexistent/romcurator/root");

        await Assert.That(entries.Count).IsEqualTo(1);
        await Assert.That(entries[0].Path.Relative).IsEqualTo("");
        await Assert.That(entries[0].Problem!).Contains("missing");
    }

    private static List<WalkEntry> Walk(string root, params string[] globs) => new RootWalker(new IgnoreRules(globs)).Walk(root).ToList();
}
