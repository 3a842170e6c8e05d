using Microsoft.Data.Sqlite;
using RomCurator.Core.FileSystem;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Organizer;

/// <summary>
/// The audit trail of multi-disc playlists in <c>file_operation_log</c>: rows with a <c>root_id</c> and no file instance,
/// <c>playlist</c> for one written (its temporary file in <c>source_path</c>) and <c>delete</c> for one an undo removed
/// or an apply removed (<see cref="PlanActions.RemovePlaylist"/>: its text in <c>content</c>), each with the SHA-1 of the playlist's text. Written <c>pending</c> (and committed, durably) before the disk is
/// touched, then completed or failed.
/// </summary>
public sealed class PlaylistOperations(SqliteConnection connection)
{
    public const string Write = "playlist";

    public const string Remove = "delete";

    /// <summary>The root's number and folder, by name, or null when there is no such active root.</summary>
    public (long RootId, string RootPath)? Root(string rootName) =>
        connection.Once("SELECT root_id, path FROM library_root WHERE name = $name AND removed_at IS NULL").Bind("$name", rootName)
            .First(row => ((long, string)?)(row.Long("root_id"), row.Text("path")));

    /// <summary>Logs an operation pending; <paramref name="content"/>: the text of a playlist an apply removes (its undo writes it back).</summary>
    public long AddPending(string type, long rootId, string? temporary, string playlist, string sha1, string initiatedBy, long logId, string? content = null) =>
        connection.Once("""
            INSERT INTO file_operation_log (operation_type, root_id, source_path, destination_path, content_sha1, initiated_by, status, log_id, content)
            VALUES ($type, $root, $temporary, $playlist, $sha1, $by, 'pending', $log, $content) RETURNING operation_id
            """).Bind("$type", type).Bind("$root", rootId).Bind("$temporary", temporary).Bind("$playlist", playlist).Bind("$sha1", sha1)
            .Bind("$by", initiatedBy).Bind("$log", logId).Bind("$content", content).Long()!.Value;

    /// <summary>The playlists the apply run <paramref name="runId"/> removed, with their text (what its undo writes back), oldest first.</summary>
    public List<PlaylistOrder> Removed(long runId) =>
        connection.Once($"""
            SELECT lr.name AS root_name, lr.path AS root, o.destination_path, o.content FROM file_operation_log o
            JOIN library_root lr ON lr.root_id = o.root_id
            WHERE o.log_id = $run AND o.operation_type = '{Remove}' AND o.instance_id IS NULL AND o.status = 'completed'
              AND o.initiated_by = 'organizer' AND o.content IS NOT NULL
            ORDER BY o.operation_id
            """).Bind("$run", runId).All(row => new PlaylistOrder(row.Text("root_name"),
                RootedPath.Under(row.Text("root"), row.Text("destination_path")).Relative.Replace('\\', '/'), row.Text("content")));

    public void Complete(long operationId) =>
        connection.Once("UPDATE file_operation_log SET status = 'completed', message = NULL WHERE operation_id = $op").Bind("$op", operationId).Execute();

    public void Fail(long operationId, string message) =>
        connection.Once("UPDATE file_operation_log SET status = 'failed', message = $message WHERE operation_id = $op")
            .Bind("$op", operationId).Bind("$message", message).Execute();

    /// <summary>Playlist rows an interrupted run left pending, oldest first.</summary>
    public List<PlaylistOperation> Pending() => Read("o.status = 'pending'", null);

    /// <summary>The playlists run <paramref name="runId"/> wrote (what its undo removes), newest first.</summary>
    public List<PlaylistOperation> Written(long runId) =>
        Read($"o.status = 'completed' AND o.operation_type = '{Write}' AND o.initiated_by = 'organizer' AND o.log_id = $run", runId);

    private List<PlaylistOperation> Read(string where, long? runId) =>
        connection.Once($"""
            SELECT o.operation_id, o.operation_type, o.root_id, lr.path AS root, o.source_path, o.destination_path, o.content_sha1
            FROM file_operation_log o JOIN library_root lr ON lr.root_id = o.root_id
            WHERE o.operation_type IN ('{Write}', '{Remove}') AND o.instance_id IS NULL AND o.content_sha1 IS NOT NULL AND {where}
            ORDER BY o.operation_id {(runId is null ? "" : "DESC")}
            """).Bind("$run", runId).All(row => new PlaylistOperation(row.Long("operation_id"), row.Text("operation_type"), row.Long("root_id"), row.Text("root"),
                row.TextOrNull("source_path"), RootedPath.Under(row.Text("root"), row.Text("destination_path")), row.Text("content_sha1")));
}
