using RomCurator.Core.Discovery;
using RomCurator.Core.FileSystem;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Discovery;

/// <summary>
/// The folder listing through a directory handle (getdents64 + fstatat) against the portable one (.NET's enumeration
/// and FileSystemInfo per entry): the same steps, entry for entry, on every kind of entry the walk meets.
/// </summary>
public sealed class FolderListerTests
{
    [Test]
    public async Task The_directory_handle_lists_what_the_portable_listing_lists()
    {
        using var outside = new TempDirectory();
        outside.Write("elsewhere.nes", "x");
        using var folder = new TempDirectory();
        folder.Write("b.nes", "12345");
        folder.Write("a.nes", "1");
        folder.Write("Z upper.nes", "1");
        folder.Write("é accent.nes", "12");
        folder.Write("\U0001F600 emoji.nes", "12");
        folder.Write("\uFFFD replacement char.nes", "123");
        folder.Write("new\nline.nes", "1");
        folder.Write(".hidden.nes", "x");
        folder.Write("partial.part", "x");
        folder.Write("sub/inner.nes", "x");
        folder.Write("@eaDir/thumb.nes", "x");
        folder.Write(new string('n', 250) + ".nes", "x");
        Directory.CreateSymbolicLink(folder.File("linked-folder"), folder.File("sub"));
        File.CreateSymbolicLink(folder.File("linked-file.nes"), folder.File("a.nes"));
        File.CreateSymbolicLink(folder.File("broken.nes"), folder.File("nowhere.nes"));
        File.CreateSymbolicLink(folder.File("outside.nes"), outside.File("elsewhere.nes"));
        File.CreateSymbolicLink(folder.File("zero.bin"), "/dev/zero");
        ExternalTool.Run("mkfifo", folder.File("pipe.nes"));
        ExternalTool.Run("sh", "-c", "printf x > \"$1/$(printf 'bad\\377.nes')\"", "sh", folder.Path);
        using var cleanup = new RemovedBySystem(folder.Path);
        var lister = new FolderLister(new IgnoreRules(["*.part"]), folder.Path);
        var root = new WalkFolder(new RootedPath(folder.Path, ""), folder.Path, 0);

        var native = lister.List(root).Select(Describe).ToList();
        var portable = lister.ListPortable(root).Select(Describe).ToList();

        await Assert.That(DirectoryHandle.IsSupported).IsTrue();
        await Assert.That(native).IsEquivalentTo(portable, TUnit.Assertions.Enums.CollectionOrdering.Matching);
        await Assert.That(native.Count).IsEqualTo(16);
        await Assert.That(native.Count(step => step.Contains("not valid UTF-8", StringComparison.Ordinal))).IsEqualTo(1);
        await Assert.That(native.Count(step => step.StartsWith("folder ", StringComparison.Ordinal))).IsEqualTo(1);
        await Assert.That(native.Count(step => step.StartsWith("link ", StringComparison.Ordinal))).IsEqualTo(1);
    }

    [Test]
    public async Task A_path_over_the_system_limit_is_one_problem_and_its_siblings_are_still_listed()
    {
        using var folder = new TempDirectory();
        using var cleanup = new RemovedBySystem(folder.Path);
        var deep = folder.Path;
        // Folders of 200 bytes until the path is within a few hundred bytes of PATH_MAX, then a file that crosses it.
        while (System.Text.Encoding.UTF8.GetByteCount(deep) < RootWalker.MaxPathBytes - 220)
        {
            deep = Path.Join(deep, new string('d', 200));
            Directory.CreateDirectory(deep);
        }

        var name = new string('f', RootWalker.MaxPathBytes - System.Text.Encoding.UTF8.GetByteCount(deep) - 1);
        ExternalTool.Run("sh", "-c", "cd \"$1\" && printf x > \"$2\" && printf y > ok.nes", "sh", deep, name);
        var parent = new WalkFolder(new RootedPath(folder.Path, Path.GetRelativePath(folder.Path, deep)), deep, 3);
        var lister = new FolderLister(new IgnoreRules([]), folder.Path);

        var steps = lister.List(parent).Select(Describe).ToList();

        // .NET's listing fails the whole folder on such a name ("folder cannot be read"), losing its other files;
        // the directory handle reports that one entry, as the walk's rule says, and lists the rest.
        await Assert.That(steps.Count).IsEqualTo(2);
        await Assert.That(steps[0]).Contains($"/{name}|0|0|4|path too long: 4096 bytes");
        await Assert.That(steps[1]).EndsWith("/ok.nes|1|" + new FileInfo(Path.Join(deep, "ok.nes")).LastWriteTimeUtc.Ticks + "|4|");
    }

    [Test]
    public async Task Modification_times_keep_every_100_ns_tick_as_FileInfo_does()
    {
        using var folder = new TempDirectory();
        var file = folder.Write("timed.nes", "x");
        ExternalTool.Run("touch", "-d", "2021-03-04 05:06:07.123456789 UTC", file);
        ExternalTool.Run("touch", "-d", "1969-07-20 20:17:40.987654321 UTC", folder.Write("old.nes", "x"));

        var entries = new RootWalker(new IgnoreRules([])).Walk(folder.Path).ToList();

        await Assert.That(entries.Count).IsEqualTo(2);
        foreach (var entry in entries)
        {
            await Assert.That(entry.LastWriteUtc).IsEqualTo(new FileInfo(entry.Path.Absolute).LastWriteTimeUtc);
        }

        await Assert.That(entries.Single(e => e.Path.Relative == "timed.nes").LastWriteUtc.Ticks % 10_000_000).IsEqualTo(1_234_567L);
    }

    [Test]
    public async Task Many_folders_listed_ahead_come_out_in_breadth_first_name_order()
    {
        using var folder = new TempDirectory();
        var expected = new List<string>();
        // 3 levels, 6 folders each: 258 folders, far more than are listed ahead at once.
        foreach (var a in Enumerable.Range(0, 6))
        {
            folder.Write($"f{a}.nes", "x");
        }

        var level = new List<string> { "" };
        for (var depth = 0; depth < 3; depth++)
        {
            var next = new List<string>();
            foreach (var parent in level)
            {
                foreach (var child in Enumerable.Range(0, 6).Select(i => $"d{5 - i}"))
                {
                    var path = parent.Length == 0 ? child : parent + "/" + child;
                    folder.Write(path + "/x.nes", "x");
                    folder.Write(path + "/w.nes", "x");
                    next.Add(path);
                }
            }

            level = next;
        }

        var walked = new RootWalker(new IgnoreRules([])).Walk(folder.Path).Select(e => e.Path.Relative).ToList();

        await Assert.That(walked).IsEquivalentTo(BreadthFirst(folder.Path), TUnit.Assertions.Enums.CollectionOrdering.Matching);
        await Assert.That(walked.Count).IsEqualTo(6 + (2 * (6 + 36 + 216)));
    }

    /// <summary>The walk's order, computed the plain way: folder by folder, breadth first, names in ordinal order.</summary>
    private static List<string> BreadthFirst(string root)
    {
        var files = new List<string>();
        var folders = new Queue<string>([""]);
        while (folders.Count > 0)
        {
            var relative = folders.Dequeue();
            foreach (var entry in new DirectoryInfo(Path.Join(root, relative)).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                var path = relative.Length == 0 ? entry.Name : relative + "/" + entry.Name;
                if (entry is DirectoryInfo)
                {
                    folders.Enqueue(path);
                }
                else
                {
                    files.Add(path);
                }
            }
        }

        return files;
    }

    [Test]
    public async Task A_folder_whose_parent_became_a_link_out_of_the_root_after_it_was_listed_is_not_listed()
    {
        using var outside = new TempDirectory();
        outside.Write("sub/inner/secret.nes", "12345");
        using var root = new TempDirectory();
        // The walk listed root/sub as a real folder and queued root/sub/inner; since then sub became a link out of the root.
        Directory.CreateSymbolicLink(root.File("sub"), outside.File("sub"));
        var lister = new FolderLister(new IgnoreRules([]), root.Path);
        var inner = new WalkFolder(new RootedPath(root.Path, "sub/inner"), root.Path + "/sub/inner", 2);

        var steps = lister.List(inner).Select(Describe).ToList();

        await Assert.That(steps.Count).IsEqualTo(1);
        await Assert.That(steps[0]).StartsWith("entry sub/inner|0|0|2|");
        await Assert.That(steps[0]).Contains("leads outside the root");
        await Assert.That(steps.Any(step => step.Contains("secret", StringComparison.Ordinal))).IsFalse();
    }

    /// <summary>Removes a folder with <c>rm -rf</c>: .NET cannot delete names that are not UTF-8 or paths over PATH_MAX.</summary>
    private sealed class RemovedBySystem(string path) : IDisposable
    {
        public void Dispose() => ExternalTool.Run("rm", "-rf", path);
    }

    private static string Describe(WalkStep step) => step switch
    {
        { Entry: { } e } => $"entry {e.Path.Relative}|{e.Size}|{e.LastWriteUtc.Ticks}|{e.Depth}|{e.Problem}",
        { Folder: { } f } => $"folder {f.Path.Relative}|{f.RealPath}|{f.Depth}",
        { Link: { } l } => $"link {l.Path.Relative}|{l.RealPath}|{l.Depth}|{l.LinkTarget}",
        _ => "nothing",
    };
}
