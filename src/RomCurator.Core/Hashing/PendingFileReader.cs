using Microsoft.Data.Sqlite;
using RomCurator.Core.FileSystem;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Hashing;

/// <summary>Pages through the pending <c>file_discovery</c> rows of a run (keyset paging by discovery_id).</summary>
public sealed class PendingFileReader(SqliteConnection connection, long logId)
{
    private const int PageSize = 500;

    public long CountPending() =>
        connection.Once("SELECT count(*) FROM file_discovery WHERE log_id = $log AND promotion_state = 'pending'").Bind("$log", logId).Long()!.Value;

    /// <summary>The bytes still to hash (for progress by bytes).</summary>
    public long BytesPending() =>
        connection.Once("SELECT coalesce(sum(size_bytes), 0) FROM file_discovery WHERE log_id = $log AND promotion_state = 'pending'")
            .Bind("$log", logId).Long()!.Value;

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

    private List<HashJob> ReadPage(long after) =>
        connection.Once("""
            SELECT d.discovery_id, d.root_id, lr.path AS root_path, d.relative_path, d.size_bytes, d.modified_time, d.depth
            FROM file_discovery d JOIN library_root lr ON lr.root_id = d.root_id
            WHERE d.log_id = $log AND d.promotion_state = 'pending' AND d.discovery_id > $after
            ORDER BY d.discovery_id LIMIT $limit
            """).Bind("$log", logId).Bind("$after", after).Bind("$limit", PageSize)
            .All(row => new HashJob(row.Long("discovery_id"), row.Long("root_id"), new RootedPath(row.Text("root_path"), row.Text("relative_path")),
                row.LongOrNull("size_bytes") ?? 0, row.TextOrNull("modified_time") ?? "", (int)(row.LongOrNull("depth") ?? 0)));
}
