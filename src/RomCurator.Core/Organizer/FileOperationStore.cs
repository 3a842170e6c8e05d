using Microsoft.Data.Sqlite;
using RomCurator.Core.FileSystem;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Organizer;

/// <summary>
/// The audit trail of moves in <c>file_operation_log</c>: a move is written <c>pending</c> (and committed) before
/// the file is touched, and completed together with the <c>file_instance</c> update, in one transaction.
/// </summary>
public sealed class FileOperationStore(SqliteConnection connection)
{
    public long AddPending(MoveOrder order, string initiatedBy, long logId) =>
        connection.Once("""
            INSERT INTO file_operation_log (instance_id, rom_id, operation_type, source_path, destination_path, initiated_by, status, log_id)
            VALUES ($instance, $rom, 'move', $source, $destination, $by, 'pending', $log) RETURNING operation_id
            """).Bind("$instance", order.InstanceId).Bind("$rom", order.RomId).Bind("$source", order.SourcePath)
            .Bind("$destination", order.DestinationPath).Bind("$by", initiatedBy).Bind("$log", logId).Long()!.Value;

    /// <summary>Points the instance at its new path and marks the move completed, atomically.</summary>
    public void Complete(long operationId, long instanceId, string newRelativePath)
    {
        using var transaction = connection.BeginTransaction();
        transaction.Once("""
            UPDATE file_instance SET relative_path = relative_path || ' (superseded #' || instance_id || ')'
            WHERE root_id = (SELECT root_id FROM file_instance WHERE instance_id = $instance)
              AND relative_path = $path AND instance_id <> $instance AND status <> 'present'
            """).Bind("$instance", instanceId).Bind("$path", newRelativePath).Execute();
        transaction.Once("UPDATE file_instance SET relative_path = $path, last_seen = datetime('now') WHERE instance_id = $instance")
            .Bind("$instance", instanceId).Bind("$path", newRelativePath).Execute();
        transaction.Once("UPDATE file_operation_log SET status = 'completed', message = NULL WHERE operation_id = $op").Bind("$op", operationId).Execute();
        transaction.Commit();
    }

    public void Fail(long operationId, string message)
    {
        using var transaction = connection.BeginTransaction();
        transaction.Once("UPDATE file_operation_log SET status = 'failed', message = $message WHERE operation_id = $op")
            .Bind("$op", operationId).Bind("$message", message).Execute();
        transaction.Commit();
    }

    /// <summary>How many moves and playlist writes or removals an interrupted run left pending (the next apply, undo or scan settles them).</summary>
    public int PendingCount() =>
        (int)connection.Once("""
            SELECT count(*) FROM file_operation_log
            WHERE status = 'pending' AND (operation_type = 'move' OR (operation_type IN ('playlist', 'delete') AND root_id IS NOT NULL))
            """).Long()!.Value;

    /// <summary>Moves left pending by an interrupted run, oldest first.</summary>
    public List<PendingMove> Pending() =>
        connection.Once("""
            SELECT o.operation_id, o.instance_id, o.source_path, o.destination_path, r.sha1, lr.path AS root
            FROM file_operation_log o
            JOIN file_instance f ON f.instance_id = o.instance_id
            JOIN rom_file r ON r.rom_id = f.rom_id
            JOIN library_root lr ON lr.root_id = f.root_id
            WHERE o.status = 'pending' AND o.operation_type = 'move'
            ORDER BY o.operation_id
            """).All(row => new PendingMove(row.Long("operation_id"), row.Long("instance_id"), RootedPath.Under(row.Text("root"), row.Text("source_path")),
                RootedPath.Under(row.Text("root"), row.Text("destination_path")), row.Text("sha1")));
}

/// <summary>A move recorded as pending: the instance, both absolute paths, the content and the root.</summary>
