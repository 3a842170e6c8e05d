using Microsoft.Data.Sqlite;
using RomCurator.Core.FileSystem;
using RomCurator.Core.Digests;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Hashing;

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
    private SqlStatement? lookup;

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
            connection.Once(Schema).Execute();
            // Statement journals in memory: an INSERT OR REPLACE per entry otherwise spills them to files in /var/tmp.
            connection.Once("PRAGMA temp_store = MEMORY").Execute();
            // A file can open and still be garbage past its first page: touch the table once.
            empty = connection.Once("SELECT count(*) FROM (SELECT 1 FROM hash_cache_v2 LIMIT 1)").Long() == 0;
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
        lookup ??= connection.Statement("""
            SELECT sha1, md5, crc32, header_type, headerless_sha1, headerless_md5, headerless_crc32, headerless_size
            FROM hash_cache_v2 WHERE path = $path AND size_bytes = $size AND modified_time = $mtime
            """).Prepare();
        return lookup.Bind("$path", path).Bind("$size", size).Bind("$mtime", modifiedTime).First(row =>
        {
            var headerless = row.TextOrNull("headerless_sha1") is { } headerlessSha1
                ? new ContentHashes(row.Long("headerless_size"), HashValue.FromHex(headerlessSha1), Hex(row, "headerless_md5"), Hex(row, "headerless_crc32"))
                : null;
            return new ContentHashes(size, HashValue.FromHex(row.Text("sha1")), Hex(row, "md5"), Hex(row, "crc32"))
            {
                HeaderKind = row.TextOrNull("header_type"),
                Headerless = headerless,
            };
        });
    }

    private static void Insert(SqliteConnection connection, IReadOnlyCollection<CachedHash> entries)
    {
        using var transaction = connection.BeginTransaction();
        // Bound by position: a batch's thousands of rows cost a bind per value, not a name lookup per value.
        using (var insert = new PositionalStatement(connection, """
            INSERT OR REPLACE INTO hash_cache_v2 (path, size_bytes, modified_time, sha1, md5, crc32,
                header_type, headerless_sha1, headerless_md5, headerless_crc32, headerless_size)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
            """))
        {
            foreach (var entry in entries)
            {
                var hashes = entry.Hashes;
                insert.Bind(1, entry.Path).Bind(2, hashes.Size).Bind(3, entry.ModifiedTime).Bind(4, hashes.Sha1.ToHex())
                    .Bind(5, hashes.Md5?.ToHex()).Bind(6, hashes.Crc32?.ToHex()).Bind(7, hashes.HeaderKind)
                    .Bind(8, hashes.Headerless?.Sha1.ToHex()).Bind(9, hashes.Headerless?.Md5?.ToHex())
                    .Bind(10, hashes.Headerless?.Crc32?.ToHex()).Bind(11, hashes.Headerless?.Size).Execute();
            }
        }

        transaction.Commit();
    }

    private static HashValue? Hex(SqlRow row, string column) => row.TextOrNull(column) is { } hex ? HashValue.FromHex(hex) : null;

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
