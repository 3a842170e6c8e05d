using System.Globalization;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using RomCurator.Core.Diagnostics;
using RomCurator.Core.Library;
using RomCurator.Core.Logging;
using RomCurator.Core.Storage;
using RomCurator.Core.Scans;

namespace RomCurator.Core.Discovery;

/// <summary>
/// Phase one of a scan: walks a root (on its own thread) and stages every file in <c>file_discovery</c>, in
/// batches. A file whose path, size and modification time equal its <c>file_instance</c> is unchanged: it is
/// promoted at once (metadata only, never read). Everything else stays pending for hashing.
/// </summary>
public sealed class DiscoveryStager : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly long logId;
    private readonly int batchSize;
    private readonly ScanCounters counters;
    private readonly CategoryLog log;
    private readonly SqlStatement findInstance;
    private readonly SqlStatement touchInstance;
    private readonly SqlStatement stage;
    private readonly SqlStatement anyInstance;

    /// <summary>True while staging a root that had no file_instance at all: no file of it can be unchanged.</summary>
    private bool rootIsNew;

    public DiscoveryStager(SqliteConnection connection, long logId, int batchSize, ScanCounters counters, CategoryLog log)
    {
        this.connection = connection;
        this.logId = logId;
        this.batchSize = batchSize;
        this.counters = counters;
        this.log = log;
        findInstance = connection.Statement("""
            SELECT f.instance_id, f.rom_id, f.size_bytes, f.last_modified,
                   EXISTS (SELECT 1 FROM ingestion_queue q WHERE q.root_id = f.root_id AND q.absolute_path = $abs AND q.status = 'error') AS failed_before
            FROM file_instance f WHERE f.root_id = $root AND f.relative_path = $path
            """);
        touchInstance = connection.Statement(
            "UPDATE file_instance SET last_seen = datetime('now'), status = 'present', log_id = $log WHERE instance_id = $id");
        stage = connection.Statement("""
            INSERT INTO file_discovery (log_id, root_id, absolute_path, relative_path, size_bytes, modified_time, rom_id, promotion_state, depth, message)
            VALUES ($log, $root, $abs, $path, $size, $modified, $rom, $state, $depth, $message)
            ON CONFLICT(root_id, relative_path) DO UPDATE SET log_id = excluded.log_id, absolute_path = excluded.absolute_path,
                size_bytes = excluded.size_bytes, modified_time = excluded.modified_time, rom_id = excluded.rom_id,
                promotion_state = excluded.promotion_state, last_seen = datetime('now'), depth = excluded.depth, message = excluded.message
            """);
        anyInstance = connection.Statement("SELECT EXISTS (SELECT 1 FROM file_instance WHERE root_id = $root)");
    }

    /// <summary>Formats a modification time the same way everywhere it is stored and compared.</summary>
    public static string FormatTime(DateTime utc) => utc.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture);

    /// <summary>Stages the root; returns false when the root itself could not be read (its files are then not swept).</summary>
    public bool Stage(LibraryRoot root, RootWalker walker, CancellationToken cancellation)
    {
        var entries = Channel.CreateBounded<WalkEntry>(new BoundedChannelOptions(4 * batchSize) { SingleReader = true, SingleWriter = true });
        var walking = Task.Run(() =>
        {
            try
            {
                foreach (var entry in walker.Walk(root.Path, cancellation))
                {
                    entries.Writer.WriteAsync(entry, cancellation).AsTask().GetAwaiter().GetResult();
                }

                entries.Writer.Complete();
            }
            catch (Exception error)
            {
                entries.Writer.Complete(error);
            }
        }, cancellation);

        using (var transaction = connection.BeginTransaction())
        {
            // Only this stager adds instances while it runs (none): a root without any has no unchanged file.
            rootIsNew = anyInstance.In(transaction).Bind("$root", root.RootId).Long() == 0;
            transaction.Commit();
        }

        var rootReadable = true;
        var batch = new List<WalkEntry>(batchSize);
        var reader = entries.Reader;
        while (reader.WaitToReadAsync(cancellation).AsTask().GetAwaiter().GetResult())
        {
            while (batch.Count < batchSize && reader.TryRead(out var entry))
            {
                rootReadable &= !(entry.IsProblem && entry.Path.Relative.Length == 0);
                batch.Add(entry);
            }

            if (batch.Count >= batchSize)
            {
                Flush(root, batch);
            }
        }

        Flush(root, batch);
        walking.GetAwaiter().GetResult();
        return rootReadable;
    }

    public void Dispose()
    {
        findInstance.Dispose();
        touchInstance.Dispose();
        stage.Dispose();
        anyInstance.Dispose();
    }

    private void Flush(LibraryRoot root, List<WalkEntry> batch)
    {
        if (batch.Count == 0)
        {
            return;
        }

        using (var transaction = connection.BeginTransaction())
        {
            foreach (var entry in batch)
            {
                StageOne(transaction, root, entry);
            }

            transaction.Commit();
        }

        CrashPoint.Hit("discovery.batch");
        foreach (var entry in batch.Where(e => e.IsProblem))
        {
            var kind = entry.Problem!.Contains("link", StringComparison.Ordinal) ? ScanProblemKinds.Link : ScanProblemKinds.Unreadable;
            counters.Problem(new ScanProblem(kind, entry.Path.Relative.Length == 0 ? root.Path : entry.Path.Relative, entry.Problem));
            log.Warn($"{root.Name}: {entry.Path.Relative}: {entry.Problem}");
        }

        counters.CurrentPath = batch[^1].Path.Relative;
        batch.Clear();
    }

    private void StageOne(SqliteTransaction transaction, LibraryRoot root, WalkEntry entry)
    {
        var absolute = entry.Path.Absolute;
        var modified = entry.IsProblem ? null : FormatTime(entry.LastWriteUtc);
        long? unchangedRom = null;
        if (!entry.IsProblem)
        {
            counters.Seen();
        }

        if (!entry.IsProblem && !rootIsNew)
        {
            var known = findInstance.In(transaction).Bind("$abs", absolute).Bind("$root", root.RootId).Bind("$path", entry.Path.Relative)
                .First(row => new KnownInstance(row.Long("instance_id"), row.LongOrNull("rom_id"), row.LongOrNull("size_bytes"),
                    row.TextOrNull("last_modified"), row.Flag("failed_before")));
            if (known is not null && known.Size == entry.Size && known.Modified == modified && !known.FailedBefore)
            {
                unchangedRom = known.RomId;
                touchInstance.In(transaction).Bind("$log", logId).Bind("$id", known.InstanceId).Execute();
                counters.Unchanged();
            }
        }

        stage.In(transaction)
            .Bind("$log", logId).Bind("$root", root.RootId).Bind("$abs", absolute).Bind("$path", entry.Path.Relative)
            .Bind("$size", entry.IsProblem ? null : entry.Size).Bind("$modified", modified).Bind("$rom", unchangedRom)
            .Bind("$state", entry.IsProblem ? "failed" : unchangedRom is null ? "pending" : "hashed")
            .Bind("$depth", entry.Depth).Bind("$message", entry.Problem)
            .Execute();
    }

    private sealed record KnownInstance(long InstanceId, long? RomId, long? Size, string? Modified, bool FailedBefore);
}
