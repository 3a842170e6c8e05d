using Microsoft.Data.Sqlite;
using RomCurator.Core.FileSystem;
using RomCurator.Core.Hashing;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Ingestion.Hashing;

/// <summary>
/// The sidecar hash cache (<c>romcurator.cache.db</c> next to the database): absolute path + size + modification
/// time → digests, so unchanged content is not read again even when the main database has no instance for it.
/// Safe to delete at any time, so it never fails a scan: a file that is not a usable cache is moved aside (to
/// <c>*.damaged</c>) and a new cache is built; a cache that fails later is switched off for the rest of the run.
/// Each of these is reported once through the callback given to <see cref="Open"/>. One connection, guarded by a
/// lock (lookups come from hashing threads).
/// </summary>
public sealed class HashCache : IDisposable
{
    private const string Schema = """
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

    private readonly object gate = new();
    private readonly string path;
    private readonly Action<string> report;
    private SqliteConnection? connection;
    private SqliteCommand? lookup;

    /// <summary>
    /// The cache held nothing when opened (a first scan): no lookup can hit, since what this run stores is for files
    /// it has already read (a path is read once per run), so lookups are skipped.
    /// </summary>
    private bool emptyAtOpen;

    private HashCache(string path, SqliteConnection? connection, Action<string> report)
    {
        this.path = path;
        this.connection = connection;
        this.report = report;
    }

    /// <summary>True while the cache is in use (false once it was switched off).</summary>
    public bool IsOn => connection is not null;

    /// <summary>
    /// Opens the cache at <paramref name="path"/>, creating it when missing. A damaged file (not a database,
    /// corrupt, a table of the wrong shape) is moved aside and replaced by a new cache; when none can be opened the
    /// scan runs without one. Either is said once through <paramref name="report"/>.
    /// </summary>
    public static HashCache Open(string path, Action<string> report)
    {
        if (TryConnect(path, out var error, out var empty) is { } connection)
        {
            return new HashCache(path, connection, report) { emptyAtOpen = empty };
        }

        if (!FileKind.IsRegularFile(path) || Directory.Exists(path))
        {
            report($"the hash cache '{path}' cannot be used ({error}) and is not a regular file; this scan runs without it");
            return new HashCache(path, null, report);
        }

        var aside = path + ".damaged";
        try
        {
            File.Move(path, aside, overwrite: true);
            foreach (var suffix in new[] { "-wal", "-shm", "-journal" })
            {
                if (File.Exists(path + suffix))
                {
                    File.Move(path + suffix, aside + suffix, overwrite: true);
                }
            }
        }
        catch (Exception moveError) when (moveError is IOException or UnauthorizedAccessException)
        {
            report($"the hash cache '{path}' is damaged ({error}) and cannot be moved aside ({moveError.Message}); this scan runs without it");
            return new HashCache(path, null, report);
        }

        var rebuilt = TryConnect(path, out var rebuildError, out _);
        report(rebuilt is null
            ? $"the hash cache '{path}' was damaged ({error}): moved aside to '{aside}', and a new one cannot be created ({rebuildError}); this scan runs without it"
            : $"the hash cache '{path}' was damaged ({error}): moved aside to '{aside}' and rebuilt (files are read again once)");
        return new HashCache(path, rebuilt, report) { emptyAtOpen = rebuilt is not null };
    }

    private static SqliteConnection? TryConnect(string path, out string? error, out bool empty)
    {
        empty = false;
        SqliteConnection? connection = null;
        try
        {
            connection = DatabaseOpener.Open(path);
            using var command = connection.CreateCommand();
            command.CommandText = Schema;
            command.ExecuteNonQuery();
            // Statement journals in memory: an INSERT OR REPLACE per entry otherwise spills them to files in /var/tmp.
            command.CommandText = "PRAGMA temp_store = MEMORY";
            command.ExecuteNonQuery();
            // A file can open and still be garbage past its first page: touch the table once.
            command.CommandText = "SELECT count(*) FROM (SELECT 1 FROM hash_cache_v2 LIMIT 1)";
            empty = (long)command.ExecuteScalar()! == 0;
            error = null;
            return connection;
        }
        catch (Exception failure) when (failure is SqliteException or IOException or UnauthorizedAccessException)
        {
            connection?.Dispose();
            error = failure is SqliteException sqlite
                ? sqlite.Message.Replace($"SQLite Error {sqlite.SqliteErrorCode}: ", "", StringComparison.Ordinal).TrimEnd('.').Trim('\'')
                : failure.Message;
            return null;
        }
    }

    /// <summary>Switches the cache off after a failure in use (the scan goes on reading files), saying so once.</summary>
    private void SwitchOff(Exception failure)
    {
        if (connection is null)
        {
            return;
        }

        lookup?.Dispose();
        lookup = null;
        connection.Dispose();
        connection = null;
        report($"the hash cache '{path}' failed ({failure.GetType().Name}: {failure.Message}); this scan goes on without it");
    }

    /// <summary>
    /// <see cref="Find"/> for a file this run has not read yet (each path is read once per run): when the cache was
    /// empty at open (a first scan), nothing stored since can be for it, so no lookup is made.
    /// </summary>
    public ContentHashes? FindUnread(string path, long size, string modifiedTime) =>
        emptyAtOpen ? null : Find(path, size, modifiedTime);

    /// <summary>The digests cached for this path, size and time, or null (a miss, or the cache is off).</summary>
    public ContentHashes? Find(string path, long size, string modifiedTime)
    {
        lock (gate)
        {
            if (connection is null)
            {
                return null;
            }

            try
            {
                return Lookup(connection, path, size, modifiedTime);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                SwitchOff(failure);
                return null;
            }
        }
    }

    /// <summary>Stores digests read in this run (after the main database committed them); a failure switches the cache off.</summary>
    public void Store(IReadOnlyCollection<CachedHash> entries)
    {
        if (entries.Count == 0)
        {
            return;
        }

        lock (gate)
        {
            if (connection is null)
            {
                return;
            }

            try
            {
                Insert(connection, entries);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                SwitchOff(failure);
            }
        }
    }

    private ContentHashes? Lookup(SqliteConnection connection, string path, long size, string modifiedTime)
    {
        // One statement for the whole run, prepared once (a lookup per file read).
        if (lookup is null)
        {
            lookup = connection.CreateCommand();
            lookup.CommandText = """
                SELECT sha1, md5, crc32, header_type, headerless_sha1, headerless_md5, headerless_crc32, headerless_size
                FROM hash_cache_v2 WHERE path = $path AND size_bytes = $size AND modified_time = $mtime
                """;
            lookup.Parameters.Add("$path", SqliteType.Text);
            lookup.Parameters.Add("$size", SqliteType.Integer);
            lookup.Parameters.Add("$mtime", SqliteType.Text);
        }

        lookup.Parameters[0].Value = path;
        lookup.Parameters[1].Value = size;
        lookup.Parameters[2].Value = modifiedTime;
        using var reader = lookup.ExecuteReader();
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

    private static void Insert(SqliteConnection connection, IReadOnlyCollection<CachedHash> entries)
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

    private static HashValue? Hex(SqliteDataReader reader, int column) =>
        reader.IsDBNull(column) ? null : HashValue.FromHex(reader.GetString(column));

    public void Dispose()
    {
        lock (gate)
        {
            lookup?.Dispose();
            lookup = null;
            connection?.Dispose();
            connection = null;
        }
    }
}
