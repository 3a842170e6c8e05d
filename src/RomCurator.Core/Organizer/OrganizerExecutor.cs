using Microsoft.Data.Sqlite;
using RomCurator.Core.Diagnostics;
using RomCurator.Core.FileSystem;

namespace RomCurator.Core.Organizer;

/// <summary>
/// Carries out moves, one at a time and crash-safe: the move is logged <c>pending</c> first, then the file is
/// renamed (never replacing anything) or, across file systems, copied, synced, verified by hash and only then
/// removed from its old place; the database is updated last, in one transaction. A failure is logged and the run
/// goes on. Folders left empty (truly empty, hidden files count) are removed afterwards. Cancelling stops before the
/// next move (a copy in progress is abandoned and its file stays where it was); what was moved is reported.
/// </summary>
public sealed class OrganizerExecutor(SqliteConnection connection)
{
    public ApplyResult Apply(IReadOnlyList<MoveOrder> orders, string initiatedBy, long logId, CancellationToken cancellation,
        IProgress<OrganizeProgress>? progress = null)
    {
        // Each pending row must be on disk before its file is touched: commits of this run are synced.
        using var durable = new DurableCommits(connection);
        var operations = new FileOperationStore(connection);
        int moved = 0, failed = 0;
        var failures = new List<string>();
        var emptied = new HashSet<string>(StringComparer.Ordinal);
        var cancelled = false;
        foreach (var order in orders)
        {
            progress?.Report(new OrganizeProgress(moved + failed, orders.Count, order.From));
            if (cancellation.IsCancellationRequested)
            {
                cancelled = true;
                break;
            }

            var operation = operations.AddPending(order, initiatedBy, logId);
            CrashPoint.Hit("organize.pending");
            try
            {
                Move(order, cancellation);
                CrashPoint.Hit("organize.moved");
                operations.Complete(operation, order.InstanceId, order.To);
                CrashPoint.Hit("organize.completed");
                emptied.Add(Path.GetDirectoryName(order.SourcePath)!);
                moved++;
            }
            catch (OperationCanceledException)
            {
                // Only a copy across file systems can be cancelled half-way; its partial copy is gone, the original kept.
                operations.Fail(operation, "cancelled before the file was moved; it is still at its old path");
                cancelled = true;
                break;
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                operations.Fail(operation, error.Message);
                failures.Add($"{order.From}: {error.Message}");
                failed++;
            }
        }

        foreach (var folder in emptied.OrderByDescending(f => f.Length))
        {
            EmptyFolders.Remove(folder, orders.FirstOrDefault(o => folder.StartsWith(o.RootPath, StringComparison.Ordinal))?.RootPath);
            CrashPoint.Hit("organize.folder");
        }

        progress?.Report(new OrganizeProgress(moved + failed, orders.Count, ""));
        return new ApplyResult(logId, moved, failed, failures, cancelled);
    }

    /// <summary>
    /// Moves one file inside its root. Just before the rename the source must be a regular file (not a link) and every
    /// folder on both paths a real folder of the root (<see cref="RootBoundary"/>); the rename then uses the real paths,
    /// so a link is never followed out of the root, and nothing outside it is moved, created or removed.
    /// </summary>
    private static void Move(MoveOrder order, CancellationToken cancellation)
    {
        var realRoot = RootBoundary.RealRoot(order.RootPath)
                       ?? throw new IOException($"the root folder '{order.RootPath}' cannot be reached; nothing was moved");
        var problem = RootBoundary.SourceProblem(realRoot, order.From) ?? RootBoundary.DestinationProblem(realRoot, order.To);
        if (problem is not null)
        {
            throw new IOException(problem + "; nothing was moved");
        }

        var source = (order.Source with { Root = realRoot }).Absolute;
        var destination = (order.Destination with { Root = realRoot }).Absolute;
        var destinationFolder = Path.GetDirectoryName(destination)!;
        Directory.CreateDirectory(destinationFolder);
        if (RootBoundary.DestinationProblem(realRoot, order.To) is { } created)
        {
            throw new IOException(created + "; nothing was moved");
        }

        if (!SafeMove.TryRename(source, destination))
        {
            // Another file system: copy, sync, verify by hash, and only then remove the original.
            DurableCopy.Copy(source, destination, order.Sha1, realRoot, cancellation);
            DirectorySync.Flush(destinationFolder);
            CrashPoint.Hit("organize.copied");
            File.Delete(source);
        }

        DirectorySync.Flush(destinationFolder);
        DirectorySync.Flush(Path.GetDirectoryName(source)!);
    }
}

/// <summary>What an apply or undo run did; <see cref="Cancelled"/> when it stopped before the end.</summary>
public sealed record ApplyResult(long RunId, int Moved, int Failed, IReadOnlyList<string> Failures, bool Cancelled = false);
