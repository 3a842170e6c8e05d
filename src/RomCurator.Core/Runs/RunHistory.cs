using Microsoft.Data.Sqlite;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Runs;

/// <summary>Reads the run history (<c>import_log</c>) newest first, a page at a time.</summary>
public sealed class RunHistory(SqliteConnection connection)
{
    public IReadOnlyList<RunRecord> List(int limit = 200, int offset = 0) =>
        connection.Once("""
            SELECT l.log_id, s.name AS source, l.status, l.started_at, l.finished_at, l.records_processed, coalesce(l.file_name, l.run_mode) AS file_name
            FROM import_log l JOIN metadata_source s ON s.source_id = l.source_id
            ORDER BY l.log_id DESC LIMIT $limit OFFSET $offset
            """).Bind("$limit", limit).Bind("$offset", offset)
            .All(row => new RunRecord(row.Long("log_id"), row.Text("source"), row.Text("status"), row.Text("started_at"),
                row.TextOrNull("finished_at"), row.Long("records_processed"), row.TextOrNull("file_name")));
}
