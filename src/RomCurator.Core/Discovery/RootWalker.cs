using System.Text;
using RomCurator.Core.FileSystem;

namespace RomCurator.Core.Discovery;

/// <summary>
/// Breadth-first walk of one library root. Reads metadata only (never opens a file), follows symlinks that stay inside
/// the root but never enters a folder twice (loops are reported, not followed), never follows one that leads outside
/// the root (reported), and reports unreadable entries instead of stopping. Folder links are followed only after every
/// real folder was walked, so a folder is always recorded under its own path, never under a link that sorts before it
/// (such a link is reported as leading to a folder already scanned).
/// </summary>
public sealed class RootWalker(IgnoreRules rules)
{
    /// <summary>Linux's PATH_MAX: a path of this many bytes (with its terminating NUL) cannot be opened.</summary>
    public const int MaxPathBytes = 4096;

    private static readonly EnumerationOptions ListOneFolder = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = 0,
        ReturnSpecialDirectories = false,
    };

    public IEnumerable<WalkEntry> Walk(string rootPath, CancellationToken cancellation = default)
    {
        var rootReal = RealPath.TryResolve(rootPath);
        if (rootReal is null || !Directory.Exists(rootReal))
        {
            yield return new WalkEntry(new RootedPath(rootPath, ""), 0, default, 0, $"the root folder '{rootPath}' is missing or cannot be read");
            yield break;
        }

        var visited = new HashSet<string>(StringComparer.Ordinal) { rootReal };
        var pending = new Queue<Folder>();
        var linked = new Queue<Folder>();
        pending.Enqueue(new Folder(new RootedPath(rootPath, ""), rootReal, 0));
        while (pending.Count > 0 || linked.Count > 0)
        {
            cancellation.ThrowIfCancellationRequested();
            if (pending.Count == 0)
            {
                var link = linked.Dequeue();
                if (visited.Add(link.RealPath))
                {
                    pending.Enqueue(link);
                }
                else
                {
                    yield return new WalkEntry(link.Path, 0, default, link.Depth, AlreadyScanned(link));
                }

                continue;
            }

            var folder = pending.Dequeue();
            var (entries, problem) = List(folder.Absolute);
            if (problem is not null)
            {
                yield return new WalkEntry(folder.Path, 0, default, folder.Depth, problem);
                continue;
            }

            if (entries.Any(e => IgnoreRules.MarkerFiles.Contains(e.Name)))
            {
                continue;
            }

            foreach (var entry in entries.OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                var relative = folder.Path.Relative.Length == 0 ? entry.Name : folder.Path.Relative + "/" + entry.Name;
                var result = SafeVisit(entry, folder.Path.Sibling(relative), folder, rootReal, visited, pending, linked);
                if (result is not null)
                {
                    yield return result;
                }
            }
        }
    }

    /// <summary>
    /// Visits one entry; whatever it is (a name or path the system cannot handle, a file that vanished, a type
    /// nobody expected), a fault becomes that entry's problem and the walk goes on.
    /// </summary>
    private WalkEntry? SafeVisit(FileSystemInfo entry, RootedPath path, Folder parent, string rootReal, HashSet<string> visited, Queue<Folder> pending, Queue<Folder> linked)
    {
        var absolute = parent.Absolute + "/" + entry.Name;
        var bytes = Encoding.UTF8.GetByteCount(absolute);
        if (bytes >= MaxPathBytes)
        {
            return new WalkEntry(path, 0, default, parent.Depth + 1,
                $"path too long: {bytes} bytes, over the system's limit of {MaxPathBytes - 1}; not scanned");
        }

        if (entry.Name.Contains('\uFFFD', StringComparison.Ordinal) && !Path.Exists(absolute))
        {
            return new WalkEntry(path, 0, default, parent.Depth + 1,
                "its name is not valid UTF-8 (shown with \uFFFD), so it cannot be opened by name; not scanned");
        }

        try
        {
            return Visit(entry, path, parent, rootReal, visited, pending, linked);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return new WalkEntry(path, 0, default, parent.Depth + 1, $"cannot be scanned ({error.GetType().Name}): {error.Message}");
        }
    }

    private WalkEntry? Visit(FileSystemInfo entry, RootedPath path, Folder parent, string rootReal, HashSet<string> visited, Queue<Folder> pending, Queue<Folder> linked)
    {
        var isLink = entry.LinkTarget is not null;
        var isDirectory = entry is DirectoryInfo;
        if (rules.IsHiddenOrSystem(entry.Name, isDirectory) || rules.MatchingGlob(path.Relative, isDirectory) is not null)
        {
            return null;
        }

        if (isLink)
        {
            var target = RealPath.TryResolve(entry.FullName);
            if (target is null)
            {
                return new WalkEntry(path, 0, default, parent.Depth + 1,
                    $"broken symbolic link (points to '{entry.LinkTarget}', which does not exist)");
            }

            // A device or FIFO is reported as one below, wherever it is.
            if (!RealPath.IsSameOrUnder(target, rootReal) && (Directory.Exists(target) || FileKind.IsRegularFile(target)))
            {
                // Outside the root: not followed, so a scan never records (and the organizer never moves) what lies there.
                return new WalkEntry(path, 0, default, parent.Depth + 1,
                    $"symbolic link leads outside the root (to '{target}'); not followed: add that folder as a root of its own to scan it");
            }

            if (Directory.Exists(target))
            {
                // Followed once every real folder is walked (see Walk): by then its target may have been scanned already.
                linked.Enqueue(new Folder(path, target, parent.Depth + 1, entry.LinkTarget));
                return null;
            }

            return FileEntry(new FileInfo(target), entry.FullName, path, parent.Depth + 1);
        }

        if (isDirectory)
        {
            var real = parent.RealPath + "/" + entry.Name;
            if (visited.Add(real))
            {
                pending.Enqueue(new Folder(path, real, parent.Depth + 1));
            }

            return null;
        }

        return FileEntry((FileInfo)entry, entry.FullName, path, parent.Depth + 1);
    }

    /// <summary>Why a folder link is not followed: it leads back up its own path (a loop) or to a folder scanned at its own path.</summary>
    private static string AlreadyScanned(Folder link) =>
        RealPath.IsSameOrUnder(RealPath.TryResolve(Path.GetDirectoryName(link.Absolute)!) ?? "", link.RealPath)
            ? $"symbolic link loop: '{link.LinkTarget}' leads to a folder already scanned ({link.RealPath}); not followed"
            : $"symbolic link to a folder scanned at its own path ({link.RealPath}); not followed, so its files are recorded once";

    private static WalkEntry FileEntry(FileInfo file, string absolutePath, RootedPath path, int depth)
    {
        if (!FileKind.IsRegularFile(absolutePath))
        {
            return new WalkEntry(path, 0, default, depth, "not a regular file (a FIFO, socket or device); skipped");
        }

        try
        {
            return new WalkEntry(path, file.Length, file.LastWriteTimeUtc, depth);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return new WalkEntry(path, 0, default, depth, $"cannot read file information: {error.Message}");
        }
    }

    private static (List<FileSystemInfo> Entries, string? Problem) List(string folder)
    {
        try
        {
            return (new DirectoryInfo(folder).EnumerateFileSystemInfos("*", ListOneFolder).ToList(), null);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return ([], $"folder cannot be read: {error.Message}");
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return ([], $"folder cannot be read ({error.GetType().Name}): {error.Message}");
        }
    }

    /// <summary>A folder to list: where it is in the root, the real folder it resolves to, and the link that led to it.</summary>
    private sealed record Folder(RootedPath Path, string RealPath, int Depth, string? LinkTarget = null)
    {
        /// <summary>Where it is listed from (through the link when a link led to it), joined once.</summary>
        public string Absolute { get; } = Path.Absolute;
    }
}
