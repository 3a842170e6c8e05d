using Microsoft.Data.Sqlite;
using RomCurator.Core.Hashing;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Ingestion.Hashing;

/// <summary>
/// The sidecar hash cache (<c>romcurator.cache.db</c> next to the database): absolute path + size + modification
/// time → digests, so unchanged content is not read again even when the main database has no instance for it.
/// Safe to delete at any time. One connection, guarded by a lock (lookups come from hashing threads).
/// </summary>
public sealed class HashCache : IDisposable
{
    private readonly object gate = new();
    private readonly SqliteConnection connection;

    public HashCache(string path)
    {
        connection = DatabaseOpener.Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = """
            CREATE TABLE IF NOT EXISTS hash_cache (
                path TEXT PRIMARY KEY,
                size_bytes INTEGER NOT NULL,
                modified_time TEXT NOT NULL,
                sha1 TEXT NOT NULL,
                md5 TEXT,
                crc32 TEXT,
                cached_at TEXT NOT NULL DEFAULT (datetime('now'))
            ) WITHOUT ROWID;
            """;
        command.ExecuteNonQuery();
    }

    public ContentHashes? Find(string path, long size, string modifiedTime)
    {
        lock (gate)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT sha1, md5, crc32 FROM hash_cache WHERE path = $path AND size_bytes = $size AND modified_time = $mtime";
            command.Parameters.AddWithValue("$path", path);
            command.Parameters.AddWithValue("$size", size);
            command.Parameters.AddWithValue("$mtime", modifiedTime);
            using var reader = command.ExecuteReader();
            if (!reader.Read())
            {
                return null;
            }

            return new ContentHashes(
                size,
                HashValue.FromHex(reader.GetString(0)),
                reader.IsDBNull(1) ? null : HashValue.FromHex(reader.GetString(1)),
                reader.IsDBNull(2) ? null : HashValue.FromHex(reader.GetString(2)));
        }
    }

    public void Store(IReadOnlyCollection<CachedHash> entries)
    {
        if (entries.Count == 0)
        {
            return;
        }

        lock (gate)
        {
            using var transaction = connection.BeginTransaction();
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                INSERT INTO hash_cache (path, size_bytes, modified_time, sha1, md5, crc32) VALUES ($path, $size, $mtime, $sha1, $md5, $crc)
                ON CONFLICT(path) DO UPDATE SET size_bytes = excluded.size_bytes, modified_time = excluded.modified_time,
                    sha1 = excluded.sha1, md5 = excluded.md5, crc32 = excluded.crc32, cached_at = datetime('now')
                """;
            var path = command.Parameters.Add("$path", SqliteType.Text);
            var size = command.Parameters.Add("$size", SqliteType.Integer);
            var mtime = command.Parameters.Add("$mtime", SqliteType.Text);
            var sha1 = command.Parameters.Add("$sha1", SqliteType.Text);
            var md5 = command.Parameters.Add("$md5", SqliteType.Text);
            var crc = command.Parameters.Add("$crc", SqliteType.Text);
            foreach (var entry in entries)
            {
                path.Value = entry.Path;
                size.Value = entry.Hashes.Size;
                mtime.Value = entry.ModifiedTime;
                sha1.Value = entry.Hashes.Sha1.ToHex();
                md5.Value = (object?)entry.Hashes.Md5?.ToHex() ?? DBNull.Value;
                crc.Value = (object?)entry.Hashes.Crc32?.ToHex() ?? DBNull.Value;
                command.ExecuteNonQuery();
            }

            transaction.Commit();
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            connection.Dispose();
        }
    }
}
