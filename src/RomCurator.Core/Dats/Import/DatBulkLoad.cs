using Microsoft.Data.Sqlite;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Dats.Import;

/// <summary>
/// Keeps one DAT import's writes cheap. For its duration the connection's page cache is larger (SQLite's 2 MB
/// default spills dirty index pages to the WAL on nearly every entry). Once the import has written more entries than
/// a quarter of what <c>dat_entry</c> held before it (and at least <see cref="MinimumEntries"/>), the secondary
/// (non-unique) indexes of the tables it writes are dropped (but those of one column it writes in ascending order,
/// <see cref="AscendingColumns"/>), and <see cref="Rebuild"/> creates them again from
/// their own recorded SQL, each built by one sort (on several threads) instead of an insert at a random place per entry. Both happen in
/// the import's transaction: a failed or interrupted import rolls the indexes back with the rows. The unique indexes
/// stay, the upserts need them.
/// </summary>
public sealed class DatBulkLoad : IDisposable
{
    /// <summary>
    /// Entries from which dropping the indexes pays: below it the indexes of what the import writes stay within the
    /// 28 MiB cache and are written at no cost in I/O, so building them again by reading the table costs more than it
    /// saves (MAME 0.37's 34,222 entries imported about 8 % faster without it; 8,192 before).
    /// </summary>
    public const int MinimumEntries = 65536;

    /// <summary>
    /// Page cache of the import's connection, in KiB (a negative <c>cache_size</c>): 28 MiB, not 32, since the
    /// games are read on a second thread, whose allocations take a few MB of their own.
    /// </summary>
    private const int CacheKiB = 28 * 1024;

    /// <summary>
    /// Page cache while the dropped indexes are built, in KiB: SQLite's sorter keeps as much in memory as the cache
    /// may hold before it writes a sorted run to a temporary file, and the pages the larger cache had are not given
    /// back to the system; 8 MiB took the 300 MiB load DAT's peak from 93 to 105 MB, 2 MiB keeps it near the load's.
    /// The sorter's threads (<see cref="RebuildThreads"/>) each fill a buffer of that size: the 2 MiB are shared out
    /// among them (on two cores, 1 MiB each sorted the load DAT's four hash indexes a quarter faster than 2 MiB on one
    /// thread, in less memory).
    /// </summary>
    private static int RebuildCacheKiB => Math.Max(512, 2 * 1024 / (RebuildThreads + 1));

    /// <summary>
    /// Helper threads SQLite's sorter may use while the dropped indexes are built (<c>PRAGMA threads</c>): one per core
    /// beside the connection's own, at most three. Each sorts a share of the index's keys and the connection's thread
    /// merges them.
    /// </summary>
    internal static int RebuildThreads => Math.Clamp(Environment.ProcessorCount - 1, 0, 3);

    /// <summary>
    /// Columns an import writes in ascending order, row after row (its own run and platform, the releases, atomic games
    /// and entries it appends in turn, a structural link's empty file): an index of one of them alone takes each new key
    /// at its end, so it is kept and written as the rows come, which costs less than reading the whole table again to
    /// build it.
    /// </summary>
    private const string AscendingColumns = """["log_id", "platform_id", "release_id", "atomic_id", "dat_entry_id", "rom_id"]""";

    private readonly SqliteConnection connection;
    private readonly SqliteTransaction transaction;
    private readonly long previousCacheSize;
    private long? previousThreads;
    private readonly long threshold;
    private List<string>? dropped;

    public DatBulkLoad(SqliteConnection connection, SqliteTransaction transaction)
    {
        this.connection = connection;
        this.transaction = transaction;
        previousCacheSize = (long)Scalar("PRAGMA cache_size")!;
        Execute($"PRAGMA cache_size = -{CacheKiB}");
        threshold = Math.Max(MinimumEntries, (long)Scalar("SELECT count(*) FROM dat_entry")! / 4);
    }

    /// <summary>Whether the secondary indexes are dropped now (until <see cref="Rebuild"/>).</summary>
    public bool Deferred => dropped is not null;

    /// <summary>Told after each game how many entries the import has written so far.</summary>
    public void Written(long entries)
    {
        if (dropped is not null || entries < threshold)
        {
            return;
        }

        var indexes = new List<(string Name, string Sql)>();
        using (var command = Command("""
                   SELECT m.name, m.sql FROM sqlite_master m
                   WHERE m.type = 'index' AND m.sql IS NOT NULL AND m.sql NOT LIKE 'CREATE UNIQUE%'
                     AND m.tbl_name IN ('dat_entry', 'dat_entry_metadata', 'dat_atomic_link', 'game_release')
                     AND NOT ((SELECT count(*) FROM pragma_index_xinfo(m.name) WHERE key = 1) = 1
                              AND (SELECT name FROM pragma_index_xinfo(m.name) WHERE key = 1) IN (SELECT value FROM json_each($ascending)))
                   ORDER BY m.name
                   """))
        {
            command.Parameters.AddWithValue("$ascending", AscendingColumns);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (name, _) in indexes)
        {
            Execute($"DROP INDEX {SqlIdentifier.Quoted(name)}");
        }

        dropped = [.. indexes.Select(index => index.Sql)];
    }

    /// <summary>Creates the dropped indexes again (before anything reads through them).</summary>
    public void Rebuild()
    {
        if (dropped is null)
        {
            return;
        }

        Execute($"PRAGMA cache_size = -{RebuildCacheKiB}");
        previousThreads = (long)Scalar("PRAGMA threads")!;
        Execute($"PRAGMA threads = {RebuildThreads}");
        foreach (var sql in dropped)
        {
            Execute(sql);
        }

        dropped = null;
    }

    public void Dispose()
    {
        try
        {
            Execute($"PRAGMA cache_size = {previousCacheSize}");
            if (previousThreads is { } threads)
            {
                Execute($"PRAGMA threads = {threads}");
            }
        }
        catch (Exception error) when (error is SqliteException or InvalidOperationException)
        {
            // The connection is failing already, or SQLite rolled the transaction back (an interrupt, a full disk) and
            // it takes no command until disposed; the caller reports that.
        }
    }

    private SqliteCommand Command(string sql)
    {
        var command = connection.CreateCommand();
        // Disposed after the commit, the cache is restored outside the transaction.
        command.Transaction = transaction.Connection is null ? null : transaction;
        command.CommandText = sql;
        return command;
    }

    private object? Scalar(string sql)
    {
        using var command = Command(sql);
        return command.ExecuteScalar();
    }

    private void Execute(string sql)
    {
        using var command = Command(sql);
        command.ExecuteNonQuery();
    }
}
