using Microsoft.Data.Sqlite;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Discovery;

/// <summary>
/// Stages a batch of walk entries of one root set-based: each entry is one row of a staging table, then one statement
/// touches every unchanged file's instance (same path, size and time as its <c>file_instance</c>, and no archive
/// error recorded for it last time) and one upserts every entry into <c>file_discovery</c>, in the batch's order:
/// unchanged files promoted at once (their content's rom_id, 'hashed'), problems 'failed', the rest 'pending'.
/// </summary>
/// <remarks>
/// A rescan finds most rows as they were, so each statement is split to leave untouched what it would only rewrite
/// with the same value (SQLite rewrites an index entry whenever its column is assigned, equal or not): instances
/// already 'present' get their last_seen and log_id only (not their status, whose index then stays), and a
/// <c>file_discovery</c> row whose every staged column is already what the upsert would write gets its log_id and
/// last_seen only (its rom_id index stays); the upsert then skips it. The rows come out as the plain upsert leaves them.
/// </remarks>
public sealed class WalkBatchWriter : IDisposable
{
    /// <summary>The instance of an entry that is unchanged, as a join condition (entry <c>w</c>, instance <c>f</c>).</summary>
    private const string Unchanged = """
        w.problem IS NULL AND f.root_id = $root AND f.relative_path = w.rel AND f.size_bytes = w.size AND f.last_modified = w.modified
        AND NOT EXISTS (SELECT 1 FROM ingestion_queue q WHERE q.root_id = $root AND q.absolute_path = w.abs AND q.status = 'error')
        """;

    private const string Upsert = """
        ON CONFLICT(root_id, relative_path) DO UPDATE SET log_id = excluded.log_id, absolute_path = excluded.absolute_path,
            size_bytes = excluded.size_bytes, modified_time = excluded.modified_time, rom_id = excluded.rom_id,
            promotion_state = excluded.promotion_state, last_seen = datetime('now'), depth = excluded.depth, message = excluded.message
        """;

    private readonly StagingTable entries;
    /// <summary>A staged entry <c>w</c> (with its unchanged instance <c>f</c>, if any) whose row <c>d</c> holds what the upsert would write.</summary>
    private const string SameRow = """
        d.root_id = $root AND d.relative_path = w.rel AND d.absolute_path = w.abs AND d.size_bytes IS w.size
        AND d.modified_time IS w.modified AND d.rom_id IS f.rom_id AND d.depth IS w.depth AND d.message IS w.problem
        AND d.promotion_state = CASE WHEN w.problem IS NOT NULL THEN 'failed' WHEN f.rom_id IS NULL THEN 'pending' ELSE 'hashed' END
        """;

    private readonly SqlStatement touchPresent;
    private readonly SqlStatement touchOther;
    private readonly SqlStatement refreshSame;
    private readonly SqlStatement stageKnownRoot;
    private readonly SqlStatement stageNewRoot;

    public WalkBatchWriter(SqliteConnection connection, long logId)
    {
        entries = new StagingTable(connection, "scan_walk_entries",
            "abs TEXT, rel TEXT, size INTEGER, modified TEXT, depth INTEGER, problem TEXT", 6);
        touchPresent = connection.Statement($"""
            UPDATE file_instance AS f SET last_seen = datetime('now'), log_id = $log
            FROM {entries.Name} w WHERE {Unchanged} AND f.status = 'present'
            """).Bind("$log", logId);
        touchOther = connection.Statement($"""
            UPDATE file_instance AS f SET last_seen = datetime('now'), status = 'present', log_id = $log
            FROM {entries.Name} w WHERE {Unchanged} AND f.status IS NOT 'present'
            """).Bind("$log", logId);
        refreshSame = connection.Statement($"""
            UPDATE file_discovery AS d SET log_id = $log, last_seen = datetime('now')
            FROM {entries.Name} w LEFT JOIN file_instance f ON {Unchanged}
            WHERE {SameRow}
            """).Bind("$log", logId);
        stageKnownRoot = connection.Statement($"""
            INSERT INTO file_discovery (log_id, root_id, absolute_path, relative_path, size_bytes, modified_time, rom_id, promotion_state, depth, message)
            SELECT $log, $root, w.abs, w.rel, w.size, w.modified, f.rom_id,
                   CASE WHEN w.problem IS NOT NULL THEN 'failed' WHEN f.rom_id IS NULL THEN 'pending' ELSE 'hashed' END, w.depth, w.problem
            FROM {entries.Name} w LEFT JOIN file_instance f ON {Unchanged}
            WHERE NOT EXISTS (SELECT 1 FROM file_discovery d WHERE {SameRow} AND d.log_id = $log) ORDER BY w.ord
            {Upsert}
            """).Bind("$log", logId);
        stageNewRoot = connection.Statement($"""
            INSERT INTO file_discovery (log_id, root_id, absolute_path, relative_path, size_bytes, modified_time, rom_id, promotion_state, depth, message)
            SELECT $log, $root, w.abs, w.rel, w.size, w.modified, NULL,
                   CASE WHEN w.problem IS NOT NULL THEN 'failed' ELSE 'pending' END, w.depth, w.problem
            FROM {entries.Name} w WHERE true ORDER BY w.ord
            {Upsert}
            """).Bind("$log", logId);
    }

    /// <summary>
    /// Stages <paramref name="batch"/> (entries of root <paramref name="rootId"/>) inside <paramref name="transaction"/>;
    /// returns how many files were unchanged. <paramref name="rootIsNew"/>: the root has no instance, so nothing is
    /// looked up.
    /// </summary>
    public int Write(SqliteTransaction transaction, long rootId, IReadOnlyList<WalkEntry> batch, bool rootIsNew)
    {
        entries.Clear(transaction);
        foreach (var entry in batch)
        {
            entries.Row()
                .Bind(2, entry.Path.Absolute).Bind(3, entry.Path.Relative)
                .Bind(4, entry.IsProblem ? null : entry.Size)
                .Bind(5, entry.IsProblem ? null : DiscoveryStager.FormatTime(entry.LastWriteUtc))
                .Bind(6, entry.Depth).Bind(7, entry.Problem)
                .Execute();
        }

        var unchanged = 0;
        if (rootIsNew)
        {
            stageNewRoot.In(transaction).Bind("$root", rootId).Execute();
        }
        else
        {
            // 'present' first: the second statement makes the others 'present', which the first would then count again.
            unchanged = touchPresent.In(transaction).Bind("$root", rootId).Execute()
                        + touchOther.In(transaction).Bind("$root", rootId).Execute();
            refreshSame.In(transaction).Bind("$root", rootId).Execute();
            stageKnownRoot.In(transaction).Bind("$root", rootId).Execute();
        }

        entries.Clear(transaction);
        return unchanged;
    }

    public void Dispose()
    {
        touchPresent.Dispose();
        touchOther.Dispose();
        refreshSame.Dispose();
        stageKnownRoot.Dispose();
        stageNewRoot.Dispose();
        entries.Dispose();
    }
}
