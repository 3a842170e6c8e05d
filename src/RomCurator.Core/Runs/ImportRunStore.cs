using Microsoft.Data.Sqlite;

namespace RomCurator.Core.Runs;

/// <summary>Starts, resumes and finishes runs in <c>import_log</c>.</summary>
public sealed class ImportRunStore(SqliteConnection connection)
{
    public long Start(string sourceName, string? fileName = null, string? fileHash = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO import_log (source_id, file_name, file_hash, status)
            SELECT source_id, $file, $hash, 'running' FROM metadata_source WHERE name = $source
            RETURNING log_id
            """;
        command.Parameters.AddWithValue("$source", sourceName);
        command.Parameters.AddWithValue("$file", (object?)fileName ?? DBNull.Value);
        command.Parameters.AddWithValue("$hash", (object?)fileHash ?? DBNull.Value);
        return command.ExecuteScalar() is long id
            ? id
            : throw new InvalidOperationException($"metadata_source '{sourceName}' is missing from the database.");
    }

    /// <summary>Marks an interrupted run as running again (resume keeps its log_id).</summary>
    public void Reopen(long logId) =>
        Execute("UPDATE import_log SET status = 'running', finished_at = NULL WHERE log_id = $id", logId);

    /// <summary>Records a running run's counts so far (its notes and records), without ending it.</summary>
    public void Progress(long logId, long recordsProcessed, string notesJson)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE import_log SET records_processed = $records, notes = $notes WHERE log_id = $id AND status = 'running'";
        command.Parameters.AddWithValue("$records", recordsProcessed);
        command.Parameters.AddWithValue("$notes", notesJson);
        command.Parameters.AddWithValue("$id", logId);
        command.ExecuteNonQuery();
    }

    public void Finish(long logId, string status, long recordsProcessed, string notesJson)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE import_log SET status = $status, finished_at = datetime('now'), records_processed = $records, notes = $notes
            WHERE log_id = $id
            """;
        command.Parameters.AddWithValue("$status", status);
        command.Parameters.AddWithValue("$records", recordsProcessed);
        command.Parameters.AddWithValue("$notes", notesJson);
        command.Parameters.AddWithValue("$id", logId);
        command.ExecuteNonQuery();
    }

    public ImportRun? Find(long logId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT l.log_id, s.name, l.status, l.started_at, l.finished_at, l.records_processed, l.notes
            FROM import_log l JOIN metadata_source s ON s.source_id = l.source_id WHERE l.log_id = $id
            """;
        command.Parameters.AddWithValue("$id", logId);
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new ImportRun(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetInt64(5), reader.IsDBNull(6) ? null : reader.GetString(6))
            : null;
    }

    private void Execute(string sql, long logId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", logId);
        command.ExecuteNonQuery();
    }
}
