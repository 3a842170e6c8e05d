using System.Globalization;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using RomCurator.Core.Diagnostics;
using RomCurator.Core.Ingestion.Writing;
using RomCurator.Core.Library;
using RomCurator.Core.Logging;

namespace RomCurator.Core.Ingestion.Discovery;

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
    private readonly PreparedCommand findInstance;
    private readonly PreparedCommand touchInstance;
    private readonly PreparedCommand stage;
    private readonly PreparedCommand anyInstance;

    /// <summary>True while staging a root that had no file_instance at all: no file of it can be unchanged.</summary>
    private bool rootIsNew;

    public DiscoveryStager(SqliteConnection connection, long logId, int batchSize, ScanCounters counters, CategoryLog log)
    {
        this.connection = connection;
        this.logId = logId;
        this.batchSize = batchSize;
        this.counters = counters;
        this.log = log;
        findInstance = new(connection, """
            SELECT f.instance_id, f.rom_id, f.size_bytes, f.last_modified,
                   EXISTS (SELECT 1 FROM ingestion_queue q WHERE q.root_id = f.root_id AND q.absolute_path = $abs AND q.status = 'error')
            FROM file_instance f WHERE f.root_id = $root AND f.relative_path = $path
            """, "$abs", "$root", "$path");
        touchInstance = new(connection,
            "UPDATE file_instance SET last_seen = datetime('now'), status = 'present', log_id = $log WHERE instance_id = $id",
            "$log", "$id");
        stage = new(connection, """
            INSERT INTO file_discovery (log_id, root_id, absolute_path, relative_path, size_bytes, modified_time, rom_id, promotion_state, depth, message)
            VALUES ($log, $root, $abs, $path, $size, $modified, $rom, $state, $depth, $message)
            ON CONFLICT(root_id, relative_path) DO UPDATE SET log_id = excluded.log_id, absolute_path = excluded.absolute_path,
                size_bytes = excluded.size_bytes, modified_time = excluded.modified_time, rom_id = excluded.rom_id,
                promotion_state = excluded.promotion_state, last_seen = datetime('now'), depth = excluded.depth, message = excluded.message
            """, "$log", "$root", "$abs", "$path", "$size", "$modified", "$rom", "$state", "$depth", "$message");
        anyInstance = new(connection, "SELECT EXISTS (SELECT 1 FROM file_instance WHERE root_id = $root)", "$root");
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
            rootIsNew = (long)anyInstance.With("$root", root.RootId).Scalar(transaction)! == 0;
            transaction.Commit();
        }

        var rootReadable = true;
        var batch = new List<WalkEntry>(batchSize);
        var reader = entries.Reader;
        while (reader.WaitToReadAsync(cancellation).AsTask().GetAwaiter().GetResult())
        {
            while (batch.Count < batchSize && reader.TryRead(out var entry))
            {
                rootReadable &= !(entry.IsProblem && entry.RelativePath.Length == 0);
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
            counters.Problem(new ScanProblem(kind, entry.RelativePath.Length == 0 ? root.Path : entry.RelativePath, entry.Problem));
            log.Warn($"{root.Name}: {entry.RelativePath}: {entry.Problem}");
        }

        counters.CurrentPath = batch[^1].RelativePath;
        batch.Clear();
    }

    private void StageOne(SqliteTransaction transaction, LibraryRoot root, WalkEntry entry)
    {
        var modified = entry.IsProblem ? null : FormatTime(entry.LastWriteUtc);
        long? unchangedRom = null;
        if (!entry.IsProblem)
        {
            counters.Seen();
        }

        if (!entry.IsProblem && !rootIsNew)
        {
            using var reader = findInstance.With("$abs", entry.AbsolutePath).With("$root", root.RootId).With("$path", entry.RelativePath).Reader(transaction);
            if (reader.Read() && !reader.IsDBNull(2) && reader.GetInt64(2) == entry.Size
                && !reader.IsDBNull(3) && reader.GetString(3) == modified && reader.GetInt64(4) == 0)
            {
                unchangedRom = reader.GetInt64(1);
                var instanceId = reader.GetInt64(0);
                reader.Close();
                touchInstance.With("$log", logId).With("$id", instanceId).Execute(transaction);
                counters.Unchanged();
            }
        }

        stage
            .With("$log", logId).With("$root", root.RootId).With("$abs", entry.AbsolutePath).With("$path", entry.RelativePath)
            .With("$size", entry.IsProblem ? null : entry.Size).With("$modified", modified).With("$rom", unchangedRom)
            .With("$state", entry.IsProblem ? "failed" : unchangedRom is null ? "pending" : "hashed")
            .With("$depth", (long)entry.Depth).With("$message", entry.Problem)
            .Execute(transaction);
    }
}
