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
            DROP TABLE IF EXISTS hash_cache;
            CREATE TABLE IF NOT EXISTS hash_cache_v2 (
                path TEXT PRIMARY KEY,
                size_bytes INTEGER NOT NULL,
                modified_time TEXT NOT NULL,
                sha1 TEXT NOT NULL,
                md5 TEXT,
                crc32 TEXT,
                header_type TEXT,
                headerless_sha1 TEXT,
                headerless_md5 TEXT,
                headerless_crc32 TEXT,
                headerless_size INTEGER,
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
            command.CommandText = """
                SELECT sha1, md5, crc32, header_type, headerless_sha1, headerless_md5, headerless_crc32, headerless_size
                FROM hash_cache_v2 WHERE path = $path AND size_bytes = $size AND modified_time = $mtime
                """;
            command.Parameters.AddWithValue("$path", path);
            command.Parameters.AddWithValue("$size", size);
            command.Parameters.AddWithValue("$mtime", modifiedTime);
            using var reader = command.ExecuteReader();
            if (!reader.Read())
            {
                return null;
            }

            var headerless = reader.IsDBNull(4)
                ? null
                : new ContentHashes(reader.GetInt64(7), HashValue.FromHex(reader.GetString(4)), Hex(reader, 5), Hex(reader, 6));
            return new ContentHashes(size, HashValue.FromHex(reader.GetString(0)), Hex(reader, 1), Hex(reader, 2))
            {
                HeaderKind = reader.IsDBNull(3) ? null : reader.GetString(3),
                Headerless = headerless,
            };
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
                INSERT OR REPLACE INTO hash_cache_v2 (path, size_bytes, modified_time, sha1, md5, crc32,
                    header_type, headerless_sha1, headerless_md5, headerless_crc32, headerless_size)
                VALUES ($path, $size, $mtime, $sha1, $md5, $crc, $header, $hsha1, $hmd5, $hcrc, $hsize)
                """;
            var path = command.Parameters.Add("$path", SqliteType.Text);
            var size = command.Parameters.Add("$size", SqliteType.Integer);
            var mtime = command.Parameters.Add("$mtime", SqliteType.Text);
            var sha1 = command.Parameters.Add("$sha1", SqliteType.Text);
            var md5 = command.Parameters.Add("$md5", SqliteType.Text);
            var crc = command.Parameters.Add("$crc", SqliteType.Text);
            var header = command.Parameters.Add("$header", SqliteType.Text);
            var headerlessSha1 = command.Parameters.Add("$hsha1", SqliteType.Text);
            var headerlessMd5 = command.Parameters.Add("$hmd5", SqliteType.Text);
            var headerlessCrc = command.Parameters.Add("$hcrc", SqliteType.Text);
            var headerlessSize = command.Parameters.Add("$hsize", SqliteType.Integer);
            foreach (var entry in entries)
            {
                path.Value = entry.Path;
                size.Value = entry.Hashes.Size;
                mtime.Value = entry.ModifiedTime;
                sha1.Value = entry.Hashes.Sha1.ToHex();
                md5.Value = (object?)entry.Hashes.Md5?.ToHex() ?? DBNull.Value;
                crc.Value = (object?)entry.Hashes.Crc32?.ToHex() ?? DBNull.Value;
                header.Value = (object?)entry.Hashes.HeaderKind ?? DBNull.Value;
                headerlessSha1.Value = (object?)entry.Hashes.Headerless?.Sha1.ToHex() ?? DBNull.Value;
                headerlessMd5.Value = (object?)entry.Hashes.Headerless?.Md5?.ToHex() ?? DBNull.Value;
                headerlessCrc.Value = (object?)entry.Hashes.Headerless?.Crc32?.ToHex() ?? DBNull.Value;
                headerlessSize.Value = (object?)entry.Hashes.Headerless?.Size ?? DBNull.Value;
                command.ExecuteNonQuery();
            }

            transaction.Commit();
        }
    }

    private static HashValue? Hex(SqliteDataReader reader, int column) =>
        reader.IsDBNull(column) ? null : HashValue.FromHex(reader.GetString(column));

    public void Dispose()
    {
        lock (gate)
        {
            connection.Dispose();
        }
    }
}
