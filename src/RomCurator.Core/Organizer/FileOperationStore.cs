using Microsoft.Data.Sqlite;

namespace RomCurator.Core.Organizer;

/// <summary>
/// The audit trail of moves in <c>file_operation_log</c>: a move is written <c>pending</c> (and committed) before
/// the file is touched, and completed together with the <c>file_instance</c> update, in one transaction.
/// </summary>
public sealed class FileOperationStore(SqliteConnection connection)
{
    public long AddPending(MoveOrder order, string initiatedBy, long logId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO file_operation_log (instance_id, rom_id, operation_type, source_path, destination_path, initiated_by, status, log_id)
            VALUES ($instance, $rom, 'move', $source, $destination, $by, 'pending', $log) RETURNING operation_id
            """;
        command.Parameters.AddWithValue("$instance", order.InstanceId);
        command.Parameters.AddWithValue("$rom", order.RomId);
        command.Parameters.AddWithValue("$source", order.SourcePath);
        command.Parameters.AddWithValue("$destination", order.DestinationPath);
        command.Parameters.AddWithValue("$by", initiatedBy);
        command.Parameters.AddWithValue("$log", logId);
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Points the instance at its new path and marks the move completed, atomically.</summary>
    public void Complete(long operationId, long instanceId, string newRelativePath)
    {
        using var transaction = connection.BeginTransaction();
        Execute(transaction, """
            UPDATE file_instance SET relative_path = relative_path || ' (superseded #' || instance_id || ')'
            WHERE root_id = (SELECT root_id FROM file_instance WHERE instance_id = $instance)
              AND relative_path = $path AND instance_id <> $instance AND status <> 'present'
            """, ("$instance", instanceId), ("$path", newRelativePath));
        Execute(transaction, "UPDATE file_instance SET relative_path = $path, last_seen = datetime('now') WHERE instance_id = $instance",
            ("$instance", instanceId), ("$path", newRelativePath));
        Execute(transaction, "UPDATE file_operation_log SET status = 'completed', message = NULL WHERE operation_id = $op", ("$op", operationId));
        transaction.Commit();
    }

    public void Fail(long operationId, string message)
    {
        using var transaction = connection.BeginTransaction();
        Execute(transaction, "UPDATE file_operation_log SET status = 'failed', message = $message WHERE operation_id = $op",
            ("$op", operationId), ("$message", message));
        transaction.Commit();
    }

    /// <summary>How many moves an interrupted run left pending (the next apply, undo or scan settles them).</summary>
    public int PendingCount()
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM file_operation_log WHERE status = 'pending' AND operation_type = 'move'";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Moves left pending by an interrupted run, oldest first.</summary>
    public List<PendingMove> Pending()
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT o.operation_id, o.instance_id, o.source_path, o.destination_path, r.sha1, lr.path
            FROM file_operation_log o
            JOIN file_instance f ON f.instance_id = o.instance_id
            JOIN rom_file r ON r.rom_id = f.rom_id
            JOIN library_root lr ON lr.root_id = f.root_id
            WHERE o.status = 'pending' AND o.operation_type = 'move'
            ORDER BY o.operation_id
            """;
        using var reader = command.ExecuteReader();
        var pending = new List<PendingMove>();
        while (reader.Read())
        {
            pending.Add(new PendingMove(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5)));
        }

        return pending;
    }

    private void Execute(SqliteTransaction transaction, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.ExecuteNonQuery();
    }
}

/// <summary>A move recorded as pending: the instance, both absolute paths, the content and the root.</summary>
public sealed record PendingMove(long OperationId, long InstanceId, string Source, string Destination, string Sha1, string RootPath);
