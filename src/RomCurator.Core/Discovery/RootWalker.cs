using RomCurator.Core.FileSystem;

namespace RomCurator.Core.Discovery;

/// <summary>
/// Breadth-first walk of one library root. Reads metadata only (never opens a file), follows symlinks that stay inside
/// the root but never enters a folder twice (loops are reported, not followed), never follows one that leads outside
/// the root (reported), and reports unreadable entries instead of stopping. Folder links are followed only after every
/// real folder was walked, so a folder is always recorded under its own path, never under a link that sorts before it
/// (such a link is reported as leading to a folder already scanned).
/// </summary>
/// <remarks>
/// The next folders of the walk are listed ahead on the thread pool (<see cref="FolderJob"/>, at most
/// <see cref="FoldersAhead"/> at a time), each by a <see cref="FolderLister"/>; the walk takes their steps in its own
/// order, so what it yields is the same whatever thread listed what, and memory stays bounded by the folders ahead.
/// </remarks>
public sealed class RootWalker(IgnoreRules rules)
{
    /// <summary>Linux's PATH_MAX: a path of this many bytes (with its terminating NUL) cannot be opened.</summary>
    public const int MaxPathBytes = 4096;

    /// <summary>How many folders are listed ahead of the walk at most.</summary>
    private const int FoldersAhead = 32;

    public IEnumerable<WalkEntry> Walk(string rootPath, CancellationToken cancellation = default)
    {
        var rootReal = RealPath.TryResolve(rootPath);
        if (rootReal is null || !Directory.Exists(rootReal))
        {
            yield return new WalkEntry(new RootedPath(rootPath, ""), 0, default, 0, $"the root folder '{rootPath}' is missing or cannot be read");
            yield break;
        }

        var lister = new FolderLister(rules, rootReal);
        var helpers = Math.Max(0, Math.Min(Environment.ProcessorCount - 1, 3));
        var visited = new HashSet<string>(StringComparer.Ordinal) { rootReal };
        var pending = new Queue<WalkFolder>();
        var listing = new Queue<FolderJob>();
        var linked = new Queue<WalkFolder>();
        pending.Enqueue(new WalkFolder(new RootedPath(rootPath, ""), rootReal, 0));
        while (pending.Count > 0 || listing.Count > 0 || linked.Count > 0)
        {
            cancellation.ThrowIfCancellationRequested();
            while (listing.Count < FoldersAhead && pending.Count > 0)
            {
                var job = new FolderJob(pending.Dequeue(), lister);
                listing.Enqueue(job);
                if (helpers > 0 && listing.Count > 1)
                {
                    // The first job is the walk's own; the ones behind it go to the helpers.
                    ThreadPool.UnsafeQueueUserWorkItem(static next => next.Run(), job, preferLocal: false);
                }
            }

            if (listing.Count == 0)
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

            foreach (var step in listing.Dequeue().Steps())
            {
                if (step.Entry is { } entry)
                {
                    yield return entry;
                }
                else if (step.Folder is { } folder)
                {
                    if (visited.Add(folder.RealPath))
                    {
                        pending.Enqueue(folder);
                    }
                }
                else if (step.Link is { } link)
                {
                    linked.Enqueue(link);
                }
            }
        }
    }

    /// <summary>Why a folder link is not followed: it leads back up its own path (a loop) or to a folder scanned at its own path.</summary>
    private static string AlreadyScanned(WalkFolder link) =>
        RealPath.IsSameOrUnder(RealPath.TryResolve(Path.GetDirectoryName(link.Absolute)!) ?? "", link.RealPath)
            ? $"symbolic link loop: '{link.LinkTarget}' leads to a folder already scanned ({link.RealPath}); not followed"
            : $"symbolic link to a folder scanned at its own path ({link.RealPath}); not followed, so its files are recorded once";
}
