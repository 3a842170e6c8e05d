using Microsoft.Data.Sqlite;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Runs;

/// <summary>Starts, resumes and finishes runs in <c>import_log</c>.</summary>
public sealed class ImportRunStore(SqliteConnection connection)
{
    public long Start(string sourceName, string? fileName = null, string? fileHash = null) =>
        connection.Once("""
            INSERT INTO import_log (source_id, file_name, file_hash, status)
            SELECT source_id, $file, $hash, 'running' FROM metadata_source WHERE name = $source
            RETURNING log_id
            """).Bind("$source", sourceName).Bind("$file", fileName).Bind("$hash", fileHash).Long()
            ?? throw new InvalidOperationException($"metadata_source '{sourceName}' is missing from the database.");

    /// <summary>Marks an interrupted run as running again (resume keeps its log_id).</summary>
    public void Reopen(long logId) =>
        Execute("UPDATE import_log SET status = 'running', finished_at = NULL WHERE log_id = $id", logId);

    /// <summary>Records a running run's counts so far (its notes and records), without ending it.</summary>
    public void Progress(long logId, long recordsProcessed, string notesJson) =>
        connection.Once("UPDATE import_log SET records_processed = $records, notes = $notes WHERE log_id = $id AND status = 'running'")
            .Bind("$records", recordsProcessed).Bind("$notes", notesJson).Bind("$id", logId).Execute();

    public void Finish(long logId, string status, long recordsProcessed, string notesJson) =>
        connection.Once("""
            UPDATE import_log SET status = $status, finished_at = datetime('now'), records_processed = $records, notes = $notes
            WHERE log_id = $id
            """).Bind("$status", status).Bind("$records", recordsProcessed).Bind("$notes", notesJson).Bind("$id", logId).Execute();

    public ImportRun? Find(long logId) =>
        connection.Once("""
            SELECT l.log_id, s.name AS source, l.status, l.started_at, l.finished_at, l.records_processed, l.notes
            FROM import_log l JOIN metadata_source s ON s.source_id = l.source_id WHERE l.log_id = $id
            """).Bind("$id", logId)
            .First(row => new ImportRun(row.Long("log_id"), row.Text("source"), row.Text("status"), row.Text("started_at"),
                row.TextOrNull("finished_at"), row.Long("records_processed"), row.TextOrNull("notes")));

    private void Execute(string sql, long logId) => connection.Once(sql).Bind("$id", logId).Execute();
}
