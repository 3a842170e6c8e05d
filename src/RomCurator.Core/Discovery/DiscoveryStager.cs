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
    /// <summary>At most this many entries go from the walking thread to the staging one at a time.</summary>
    private const int ChunkEntries = 256;

    private readonly SqliteConnection connection;
    private readonly long logId;
    private readonly int batchSize;
    private readonly ScanCounters counters;
    private readonly CategoryLog log;
    private readonly WalkBatchWriter entries;
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
        entries = new WalkBatchWriter(connection, logId);
        anyInstance = connection.Statement("SELECT EXISTS (SELECT 1 FROM file_instance WHERE root_id = $root)");
    }

    /// <summary>Formats a modification time the same way everywhere it is stored and compared.</summary>
    public static string FormatTime(DateTime utc) => utc.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture);

    /// <summary>Stages the root; returns false when the root itself could not be read (its files are then not swept).</summary>
    public bool Stage(LibraryRoot root, RootWalker walker, CancellationToken cancellation)
    {
        // Entries cross threads in chunks: one hand-off per entry cost more than staging it.
        var chunkSize = Math.Clamp(batchSize / 4, 1, ChunkEntries);
        var entries = Channel.CreateBounded<List<WalkEntry>>(new BoundedChannelOptions(Math.Max(2, 4 * batchSize / chunkSize)) { SingleReader = true, SingleWriter = true });
        var walking = Task.Run(() =>
        {
            try
            {
                var chunk = new List<WalkEntry>(chunkSize);
                foreach (var entry in walker.Walk(root.Path, cancellation))
                {
                    chunk.Add(entry);
                    if (chunk.Count == chunkSize)
                    {
                        entries.Writer.WriteAsync(chunk, cancellation).AsTask().GetAwaiter().GetResult();
                        chunk = new List<WalkEntry>(chunkSize);
                    }
                }

                if (chunk.Count > 0)
                {
                    entries.Writer.WriteAsync(chunk, cancellation).AsTask().GetAwaiter().GetResult();
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
            while (reader.TryRead(out var chunk))
            {
                foreach (var entry in chunk)
                {
                    rootReadable &= !(entry.IsProblem && entry.Path.Relative.Length == 0);
                    batch.Add(entry);
                    if (batch.Count >= batchSize)
                    {
                        Flush(root, batch);
                    }
                }
            }
        }

        Flush(root, batch);
        walking.GetAwaiter().GetResult();
        return rootReadable;
    }

    public void Dispose()
    {
        entries.Dispose();
        anyInstance.Dispose();
    }

    private void Flush(LibraryRoot root, List<WalkEntry> batch)
    {
        if (batch.Count == 0)
        {
            return;
        }

        int unchanged;
        using (var transaction = connection.BeginTransaction())
        {
            unchanged = entries.Write(transaction, root.RootId, batch, rootIsNew);
            transaction.Commit();
        }

        foreach (var entry in batch.Where(e => !e.IsProblem))
        {
            counters.Seen();
        }

        for (var file = 0; file < unchanged; file++)
        {
            counters.Unchanged();
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
}
