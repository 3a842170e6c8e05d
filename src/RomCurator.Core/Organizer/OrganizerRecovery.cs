using Microsoft.Data.Sqlite;
using RomCurator.Core.FileSystem;
using RomCurator.Core.Digests;

namespace RomCurator.Core.Organizer;

/// <summary>
/// Settles moves an interrupted organizer left <c>pending</c>, by looking at the disk: the file is at its old
/// path (nothing happened: failed), at its new path (moved: complete it), or at both after a cross-file-system copy
/// (the copy is checked by hash, then the original is removed). Every file ends up exactly once, and the database
/// agrees with the disk; then the folders an interrupted run emptied are removed, as the run would have done at its
/// end. Multi-disc playlists left pending are settled too (<see cref="PlaylistRecovery"/>). Runs before every organizer apply or undo and at the start of a scan; never for a dry run, which only
/// reports that it is due (<see cref="FileOperationStore.PendingCount"/>).
/// </summary>
public sealed class OrganizerRecovery(SqliteConnection connection)
{
    public int Reconcile(CancellationToken cancellation = default)
    {
        // Settling removes files (a verified copy's original) and folders: what it records first must be durable.
        using var durable = new DurableCommits(connection);
        var operations = new FileOperationStore(connection);
        var settled = 0;
        foreach (var move in operations.Pending())
        {
            cancellation.ThrowIfCancellationRequested();
            var realRoot = RootBoundary.RealRoot(move.RootPath);
            var destinationFolderInside = realRoot is not null && RootBoundary.DestinationProblem(realRoot, move.Destination.Relative) is null;
            var partial = move.Destination.Absolute + DurableCopy.PartialSuffix;
            if (destinationFolderInside && File.Exists(partial))
            {
                File.Delete(partial);
            }

            var atSource = File.Exists(move.Source.Absolute);
            var atDestination = File.Exists(move.Destination.Absolute);
            if (atSource && !atDestination)
            {
                operations.Fail(move.OperationId, "interrupted before the file was moved; it is still at its old path");
            }
            else if (!atSource && atDestination)
            {
                operations.Complete(move.OperationId, move.InstanceId, move.Destination.Relative);
            }
            else if (atSource && atDestination)
            {
                var sourceProblem = realRoot is null ? "the root cannot be reached" : RootBoundary.SourceProblem(realRoot, move.Source.Relative);
                var copied = sourceProblem is null && destinationFolderInside ? CopiedSha1(move.Destination.Absolute, cancellation, out sourceProblem) : null;
                if (copied is null)
                {
                    operations.Fail(move.OperationId, $"interrupted; both paths exist but one is not a plain file of the root ({sourceProblem ?? "the destination folder is a link"}); both are kept");
                }
                else if (copied == move.Sha1)
                {
                    File.Delete(move.Source.Absolute);
                    operations.Complete(move.OperationId, move.InstanceId, move.Destination.Relative);
                }
                else
                {
                    operations.Fail(move.OperationId, $"interrupted; a different file is at the destination, the original is kept at '{move.Source.Absolute}'");
                }
            }
            else
            {
                operations.Fail(move.OperationId, "neither the old nor the new path exists: something else moved or deleted the file; a scan will find it");
            }

            settled++;
        }

        settled += new PlaylistRecovery(connection).Reconcile(cancellation);
        new InterruptedRunFolders(connection).Remove();
        return settled;
    }

    /// <summary>
    /// The SHA-1 of the copy at <paramref name="destination"/>, read through a checked open (a link is not followed, a
    /// FIFO or device that took its name is never opened); null with the reason when it is not a regular file.
    /// </summary>
    private static string? CopiedSha1(string destination, CancellationToken cancellation, out string? problem)
    {
        problem = null;
        try
        {
            using var copy = CheckedFile.OpenRegular(destination, followLink: false);
            return ContentHasher.Hash(copy, HashOptions.Sha1Only, copy.Length, cancellation: cancellation).Sha1.ToHex();
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            problem = error.Message;
            return null;
        }
    }
}
