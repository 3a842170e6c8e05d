using Microsoft.Data.Sqlite;
using RomCurator.Core.FileSystem;
using RomCurator.Core.Hashing;

namespace RomCurator.Core.Organizer;

/// <summary>
/// Settles moves an interrupted organizer left <c>pending</c>, by looking at the disk: the file is at its old
/// path (nothing happened: failed), at its new path (moved: complete it), or at both after a cross-file-system copy
/// (the copy is checked by hash, then the original is removed). Every file ends up exactly once, and the database
/// agrees with the disk; then the folders an interrupted run emptied are removed, as the run would have done at its
/// end. Runs before every organize and at the start of a scan.
/// </summary>
public sealed class OrganizerRecovery(SqliteConnection connection)
{
    public int Reconcile(CancellationToken cancellation = default)
    {
        var operations = new FileOperationStore(connection);
        var settled = 0;
        foreach (var move in operations.Pending())
        {
            var partial = move.Destination + DurableCopy.PartialSuffix;
            if (File.Exists(partial))
            {
                File.Delete(partial);
            }

            var atSource = File.Exists(move.Source);
            var atDestination = File.Exists(move.Destination);
            if (atSource && !atDestination)
            {
                operations.Fail(move.OperationId, "interrupted before the file was moved; it is still at its old path");
            }
            else if (!atSource && atDestination)
            {
                operations.Complete(move.OperationId, move.InstanceId, Relative(move));
            }
            else if (atSource && atDestination)
            {
                var copied = ContentHasher.HashFile(move.Destination, HashOptions.Sha1Only, cancellation).Sha1.ToHex();
                if (copied == move.Sha1)
                {
                    File.Delete(move.Source);
                    operations.Complete(move.OperationId, move.InstanceId, Relative(move));
                }
                else
                {
                    operations.Fail(move.OperationId, $"interrupted; a different file is at the destination, the original is kept at '{move.Source}'");
                }
            }
            else
            {
                operations.Fail(move.OperationId, "neither the old nor the new path exists: something else moved or deleted the file; a scan will find it");
            }

            settled++;
        }

        new InterruptedRunFolders(connection).Remove();
        return settled;
    }

    private static string Relative(PendingMove move) => Path.GetRelativePath(move.RootPath, move.Destination).Replace('\\', '/');
}
