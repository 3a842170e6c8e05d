using Microsoft.Data.Sqlite;

namespace RomCurator.Core.Ingestion.Hashing;

/// <summary>Pages through the pending <c>file_discovery</c> rows of a run (keyset paging by discovery_id).</summary>
public sealed class PendingFileReader(SqliteConnection connection, long logId)
{
    private const int PageSize = 500;

    public long CountPending()
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM file_discovery WHERE log_id = $log AND promotion_state = 'pending'";
        command.Parameters.AddWithValue("$log", logId);
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>The bytes still to hash (for progress by bytes).</summary>
    public long BytesPending()
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT coalesce(sum(size_bytes), 0) FROM file_discovery WHERE log_id = $log AND promotion_state = 'pending'";
        command.Parameters.AddWithValue("$log", logId);
        return (long)command.ExecuteScalar()!;
    }

    public IEnumerable<HashJob> ReadAll(CancellationToken cancellation)
    {
        var after = 0L;
        while (true)
        {
            cancellation.ThrowIfCancellationRequested();
            var page = ReadPage(after);
            if (page.Count == 0)
            {
                yield break;
            }

            foreach (var job in page)
            {
                yield return job;
            }

            after = page[^1].DiscoveryId;
        }
    }

    private List<HashJob> ReadPage(long after)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT discovery_id, root_id, absolute_path, relative_path, size_bytes, modified_time, depth
            FROM file_discovery WHERE log_id = $log AND promotion_state = 'pending' AND discovery_id > $after
            ORDER BY discovery_id LIMIT $limit
            """;
        command.Parameters.AddWithValue("$log", logId);
        command.Parameters.AddWithValue("$after", after);
        command.Parameters.AddWithValue("$limit", PageSize);
        using var reader = command.ExecuteReader();
        var page = new List<HashJob>(PageSize);
        while (reader.Read())
        {
            page.Add(new HashJob(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3),
                reader.IsDBNull(4) ? 0 : reader.GetInt64(4), reader.IsDBNull(5) ? "" : reader.GetString(5), reader.IsDBNull(6) ? 0 : reader.GetInt32(6)));
        }

        return page;
    }
}
