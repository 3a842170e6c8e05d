using Microsoft.Data.Sqlite;

namespace RomCurator.Core.Runs;

/// <summary>Reads the run history (<c>import_log</c>) newest first, a page at a time.</summary>
public sealed class RunHistory(SqliteConnection connection)
{
    public IReadOnlyList<RunRecord> List(int limit = 200, int offset = 0)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT l.log_id, s.name, l.status, l.started_at, l.finished_at, l.records_processed, coalesce(l.file_name, l.run_mode)
            FROM import_log l JOIN metadata_source s ON s.source_id = l.source_id
            ORDER BY l.log_id DESC LIMIT $limit OFFSET $offset
            """;
        command.Parameters.AddWithValue("$limit", limit);
        command.Parameters.AddWithValue("$offset", offset);
        using var reader = command.ExecuteReader();
        var runs = new List<RunRecord>();
        while (reader.Read())
        {
            runs.Add(new RunRecord(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetInt64(5), reader.IsDBNull(6) ? null : reader.GetString(6)));
        }

        return runs;
    }
}
