using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using RomCurator.Core.Diagnostics;
using RomCurator.Core.FileSystem;

namespace RomCurator.Core.Organizer;

/// <summary>
/// Writes the multi-disc playlists of an applied plan, and removes them again on undo, one at a time and crash-safe:
/// the row is logged <c>pending</c> (durably) first; a playlist is written into a temporary file beside its path,
/// flushed, and renamed into place without ever replacing anything (a file that appeared there since the plan stays, the
/// playlist fails with the reason); only a real folder of the root, reached without a link, is written to. Undo removes
/// a playlist only while it still holds exactly what was written. A failure is logged and the run goes on.
/// </summary>
public sealed class PlaylistFiles(SqliteConnection connection)
{
    /// <summary>The temporary file a playlist is written to before it is renamed into place.</summary>
    public static string Temporary(string playlist) => playlist + DurableCopy.PartialSuffix;

    public static string Sha1(string content) => Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(content)));

    /// <summary>Writes <paramref name="orders"/>; returns how many were written and the failures.</summary>
    public (int Done, List<string> Failures) Write(IReadOnlyList<PlaylistOrder> orders, string initiatedBy, long logId, CancellationToken cancellation)
    {
        using var durable = new DurableCommits(connection);
        var operations = new PlaylistOperations(connection);
        var done = 0;
        var failures = new List<string>();
        foreach (var (order, rootId, rootPath, playlist) in InRoots(orders, operations, failures, "the playlist was not written", cancellation))
        {
            var operation = operations.AddPending(PlaylistOperations.Write, rootId, Temporary(playlist.Absolute), playlist.Absolute, Sha1(order.Content),
                initiatedBy, logId);
            CrashPoint.Hit("playlist.pending");
            try
            {
                Put(rootPath, order);
                CrashPoint.Hit("playlist.written");
                operations.Complete(operation);
                done++;
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                operations.Fail(operation, error.Message);
                failures.Add($"{order.Path}: {error.Message}");
            }
        }

        return (done, failures);
    }

    /// <summary>Removes the playlists run <paramref name="runId"/> wrote that still hold what it wrote; returns how many, and the failures.</summary>
    public (int Done, List<string> Failures) Remove(long runId, string initiatedBy, long logId, CancellationToken cancellation)
    {
        using var durable = new DurableCommits(connection);
        var operations = new PlaylistOperations(connection);
        var done = 0;
        var failures = new List<string>();
        foreach (var written in operations.Written(runId))
        {
            if (cancellation.IsCancellationRequested)
            {
                break;
            }

            var problem = Removable(written);
            if (problem == Gone)
            {
                continue;
            }

            var operation = operations.AddPending(PlaylistOperations.Remove, written.RootId, null, written.Playlist.Absolute, written.Sha1, initiatedBy, logId);
            if (problem is not null)
            {
                operations.Fail(operation, problem);
                failures.Add($"{written.Playlist.Relative}: {problem}");
                continue;
            }

            CrashPoint.Hit("playlist.pending");
            if (Delete(operations, operation, written.Playlist, written.RootPath, written.Playlist.Relative, failures))
            {
                done++;
            }
        }

        return (done, failures);
    }

    /// <summary>
    /// Removes the playlists the organizer wrote that the plan no longer keeps (<paramref name="orders"/>, with their text:
    /// <see cref="PlanActions.RemovePlaylist"/>), each logged pending with its text first, and only while it still holds
    /// that text; returns how many were removed, and the failures.
    /// </summary>
    public (int Done, List<string> Failures) RemoveOwned(IReadOnlyList<PlaylistOrder> orders, string initiatedBy, long logId, CancellationToken cancellation)
    {
        using var durable = new DurableCommits(connection);
        var operations = new PlaylistOperations(connection);
        var done = 0;
        var failures = new List<string>();
        foreach (var (order, rootId, rootPath, playlist) in InRoots(orders, operations, failures, "the playlist is kept", cancellation))
        {
            var sha1 = Sha1(order.Content);
            var operation = operations.AddPending(PlaylistOperations.Remove, rootId, null, playlist.Absolute, sha1, initiatedBy, logId, order.Content);
            var problem = Removable(new PlaylistOperation(operation, PlaylistOperations.Remove, rootId, rootPath, null, playlist, sha1));
            if (problem is not null)
            {
                problem = problem == Gone ? "the playlist is no longer there" : problem;
                operations.Fail(operation, problem);
                failures.Add($"{order.Path}: {problem}");
                continue;
            }

            CrashPoint.Hit("playlist.pending");
            if (Delete(operations, operation, playlist, rootPath, order.Path, failures))
            {
                done++;
            }
        }

        return (done, failures);
    }

    /// <summary>
    /// The orders in turn, until cancelled, each with its root and its playlist's path there; an order whose root is gone
    /// is a failure "PATH: the root 'NAME' is gone; <paramref name="outcome"/>" and is left out.
    /// </summary>
    private static IEnumerable<(PlaylistOrder Order, long RootId, string RootPath, RootedPath Playlist)> InRoots(
        IReadOnlyList<PlaylistOrder> orders, PlaylistOperations operations, List<string> failures, string outcome, CancellationToken cancellation)
    {
        foreach (var order in orders)
        {
            if (cancellation.IsCancellationRequested)
            {
                yield break;
            }

            if (operations.Root(order.Root) is not { } root)
            {
                failures.Add($"{order.Path}: the root '{order.Root}' is gone; {outcome}");
                continue;
            }

            yield return (order, root.RootId, root.RootPath, new RootedPath(root.RootPath, order.Path));
        }
    }

    /// <summary>
    /// Deletes the playlist of the pending removal <paramref name="operation"/> (checked by <see cref="Removable"/>) in the
    /// root's real folder, flushes its folder and completes the row; on failure logs it and adds "<paramref name="shown"/>: why".
    /// </summary>
    private static bool Delete(PlaylistOperations operations, long operation, RootedPath playlist, string rootPath, string shown, List<string> failures)
    {
        try
        {
            var real = (playlist with { Root = RootBoundary.RealRoot(rootPath)! }).Absolute;
            File.Delete(real);
            DirectorySync.Flush(Path.GetDirectoryName(real)!);
            CrashPoint.Hit("playlist.removed");
            operations.Complete(operation);
            return true;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            operations.Fail(operation, error.Message);
            failures.Add($"{shown}: {error.Message}");
            return false;
        }
    }

    /// <summary>Whether run <paramref name="runId"/> wrote a playlist an undo could remove.</summary>
    public bool AnyToRemove(long runId) => new PlaylistOperations(connection).Written(runId).Any(w => Removable(w) != Gone);

    private const string Gone = "gone";

    /// <summary>Null when the playlist can be removed; <see cref="Gone"/> when it is not there any more; else why it stays.</summary>
    private static string? Removable(PlaylistOperation written)
    {
        var realRoot = RootBoundary.RealRoot(written.RootPath);
        if (realRoot is null)
        {
            return $"the root folder '{written.RootPath}' cannot be reached; the playlist is kept";
        }

        var problem = RootBoundary.SourceProblem(realRoot, written.Playlist.Relative);
        if (problem is not null)
        {
            var there = (written.Playlist with { Root = realRoot }).Absolute;
            return File.Exists(there) || new FileInfo(there).LinkTarget is not null
                ? problem + "; it is kept"
                : Gone;
        }

        return Holds((written.Playlist with { Root = realRoot }).Absolute, written.Sha1)
            ? null
            : "the playlist was changed since it was written; it is kept";
    }

    /// <summary>Whether the regular file at <paramref name="path"/> has the SHA-1 <paramref name="sha1"/> (a playlist is small; a big file is not one).</summary>
    public static bool Holds(string path, string sha1) => Held(path, sha1) is not null;

    /// <summary>
    /// The bytes of the regular file at <paramref name="path"/> when their SHA-1 is <paramref name="sha1"/>, else null.
    /// Read through the checked open: a link is not followed, a FIFO or device that took the name is never opened.
    /// </summary>
    public static byte[]? Held(string path, string sha1)
    {
        try
        {
            using var file = CheckedFile.OpenRegular(path, followLink: false);
            if (file.Length >= 1 << 20)
            {
                return null;
            }

            var bytes = new byte[file.Length];
            file.ReadExactly(bytes);
            return Convert.ToHexStringLower(SHA1.HashData(bytes)) == sha1 ? bytes : null;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Writes one playlist: its folder must be a real folder of the root (created inside it when missing), nothing may be at
    /// its path; the text goes to a new temporary file (never opened through a link), is flushed and renamed into place.
    /// </summary>
    private static void Put(string rootPath, PlaylistOrder order)
    {
        var realRoot = RootBoundary.RealRoot(rootPath) ?? throw new IOException($"the root folder '{rootPath}' cannot be reached; the playlist was not written");
        if (RootBoundary.DestinationProblem(realRoot, order.Path) is { } problem)
        {
            throw new IOException(problem + "; the playlist was not written");
        }

        var destination = new RootedPath(realRoot, order.Path).Absolute;
        var folder = Path.GetDirectoryName(destination)!;
        Directory.CreateDirectory(folder);
        if (RootBoundary.DestinationProblem(realRoot, order.Path) is { } afterCreating)
        {
            throw new IOException(afterCreating + "; the playlist was not written");
        }

        if (File.Exists(destination) || Directory.Exists(destination) || new FileInfo(destination).LinkTarget is not null)
        {
            throw new IOException($"'{order.Path}' appeared since the plan was made; it is never overwritten, the playlist was not written");
        }

        var temporary = Temporary(destination);
        var created = false;
        try
        {
            using (var output = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                created = true;
                output.Write(Encoding.UTF8.GetBytes(order.Content));
                output.Flush(flushToDisk: true);
            }

            CrashPoint.Hit("playlist.temporary");
            if (!SafeMove.TryRename(temporary, destination))
            {
                throw new IOException($"could not put the playlist in place at '{order.Path}'");
            }

            created = false;
            DirectorySync.Flush(folder);
        }
        finally
        {
            if (created && File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
