using System.Text;
using RomCurator.Core.FileSystem;

namespace RomCurator.Core.Discovery;

/// <summary>
/// Visits one entry of a folder through .NET's <see cref="FileSystemInfo"/>: the walk's rules for every entry the
/// directory handle does not settle alone (links, names that are not valid UTF-8 or contain U+FFFD, paths over the
/// system's limit, FIFOs, sockets, devices, entries that vanished) and for every entry where no handle exists.
/// Whatever it meets, a fault becomes that entry's problem and the walk goes on.
/// </summary>
internal sealed class EntryVisitor(IgnoreRules rules, string rootReal)
{
    /// <summary>The entry of <paramref name="parent"/> called <paramref name="name"/>, as a listing would give it.</summary>
    public static FileSystemInfo Info(WalkFolder parent, string name)
    {
        var path = Path.Join(parent.Absolute, name);
        return Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
    }

    /// <summary>
    /// Visits one entry; whatever it is (a name or path the system cannot handle, a file that vanished, a type
    /// nobody expected), a fault becomes that entry's problem and the walk goes on. Null: ignored.
    /// </summary>
    public WalkStep? SafeVisit(FileSystemInfo entry, WalkFolder parent)
    {
        var path = parent.Path.Child(entry.Name);
        var absolute = parent.Absolute + "/" + entry.Name;
        var bytes = Encoding.UTF8.GetByteCount(absolute);
        if (bytes >= RootWalker.MaxPathBytes)
        {
            return new WalkStep(new WalkEntry(path, 0, default, parent.Depth + 1,
                $"path too long: {bytes} bytes, over the system's limit of {RootWalker.MaxPathBytes - 1}; not scanned"));
        }

        if (entry.Name.Contains('\uFFFD', StringComparison.Ordinal) && !Path.Exists(absolute))
        {
            return new WalkStep(new WalkEntry(path, 0, default, parent.Depth + 1,
                "its name is not valid UTF-8 (shown with \uFFFD), so it cannot be opened by name; not scanned"));
        }

        try
        {
            return Visit(entry, path, parent);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return new WalkStep(new WalkEntry(path, 0, default, parent.Depth + 1, $"cannot be scanned ({error.GetType().Name}): {error.Message}"));
        }
    }

    private WalkStep? Visit(FileSystemInfo entry, RootedPath path, WalkFolder parent)
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
                return new WalkStep(new WalkEntry(path, 0, default, parent.Depth + 1,
                    $"broken symbolic link (points to '{entry.LinkTarget}', which does not exist)"));
            }

            // A device or FIFO is reported as one below, wherever it is.
            if (!RealPath.IsSameOrUnder(target, rootReal) && (Directory.Exists(target) || FileKind.IsRegularFile(target)))
            {
                // Outside the root: not followed, so a scan never records (and the organizer never moves) what lies there.
                return new WalkStep(new WalkEntry(path, 0, default, parent.Depth + 1,
                    $"symbolic link leads outside the root (to '{target}'); not followed: add that folder as a root of its own to scan it"));
            }

            if (Directory.Exists(target))
            {
                // Followed once every real folder is walked (see RootWalker.Walk): by then its target may have been scanned already.
                return new WalkStep(null, Link: new WalkFolder(path, target, parent.Depth + 1, entry.LinkTarget));
            }

            return new WalkStep(FileEntry(new FileInfo(target), entry.FullName, path, parent.Depth + 1));
        }

        if (isDirectory)
        {
            return new WalkStep(null, Folder: new WalkFolder(path, parent.RealPath + "/" + entry.Name, parent.Depth + 1));
        }

        return new WalkStep(FileEntry((FileInfo)entry, entry.FullName, path, parent.Depth + 1));
    }

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
}
