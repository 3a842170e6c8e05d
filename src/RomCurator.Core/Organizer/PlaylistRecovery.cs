using Microsoft.Data.Sqlite;
using RomCurator.Core.FileSystem;

namespace RomCurator.Core.Organizer;

/// <summary>
/// Settles the playlist rows an interrupted organizer run left <c>pending</c>, by looking at the disk. A write: its
/// temporary file (inside a real folder of the root) is removed; the playlist at its path with the recorded text is
/// complete, anything else failed (a different file there is left alone, the next apply plans it again). A removal by
/// undo: complete when the playlist is gone, failed (kept) when it is still there. Part of <see cref="OrganizerRecovery"/>.
/// </summary>
public sealed class PlaylistRecovery(SqliteConnection connection)
{
    public int Reconcile(CancellationToken cancellation)
    {
        var operations = new PlaylistOperations(connection);
        var settled = 0;
        foreach (var pending in operations.Pending())
        {
            cancellation.ThrowIfCancellationRequested();
            var realRoot = RootBoundary.RealRoot(pending.RootPath);
            var inside = realRoot is not null && RootBoundary.DestinationProblem(realRoot, pending.Playlist.Relative) is null;
            var real = inside ? (pending.Playlist with { Root = realRoot! }).Absolute : null;
            var there = real is not null && PlaylistFiles.Holds(real, pending.Sha1);
            if (pending.Type == PlaylistOperations.Remove)
            {
                if (real is not null && !File.Exists(real) && new FileInfo(real).LinkTarget is null)
                {
                    operations.Complete(pending.OperationId);
                }
                else
                {
                    operations.Fail(pending.OperationId, "interrupted before the playlist was removed; it is still there");
                }
            }
            else
            {
                if (real is not null)
                {
                    var temporary = PlaylistFiles.Temporary(real);
                    if (File.Exists(temporary) && new FileInfo(temporary).LinkTarget is null)
                    {
                        File.Delete(temporary);
                    }
                }

                if (there)
                {
                    operations.Complete(pending.OperationId);
                }
                else
                {
                    operations.Fail(pending.OperationId, "interrupted before the playlist was written; the next apply plans it again");
                }
            }

            settled++;
        }

        return settled;
    }
}
