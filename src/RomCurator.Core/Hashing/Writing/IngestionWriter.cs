using Microsoft.Data.Sqlite;
using RomCurator.Core.Diagnostics;
using RomCurator.Core.Classification;
using RomCurator.Core.Logging;
using RomCurator.Core.Storage;
using RomCurator.Core.Scans;

namespace RomCurator.Core.Hashing.Writing;

/// <summary>
/// The single database writer of the hashing phase. Each batch of outcomes is one transaction: rom_file,
/// file_instance, file_discovery promotion, archive members, archive queue state and problem records together,
/// so a crash leaves every file either fully recorded or still pending.
/// </summary>
public sealed class IngestionWriter : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly long logId;
    private readonly ScanCounters counters;
    private readonly CategoryLog log;
    private readonly CategoryLog archiveLog;
    private readonly RomFileWriter roms;
    private readonly ArchiveMemberWriter members;
    private readonly HashedFileBatchWriter plainFiles;
    private readonly SqlStatement findInstance;
    private readonly SqlStatement upsertInstance;
    private readonly SqlStatement touchInstance;
    private readonly SqlStatement promote;
    private readonly SqlStatement recordArchive;
    private readonly SqlStatement recordOperation;
    private readonly SqlStatement anyInstance;

    /// <summary>
    /// Per root: true when it had no file_instance when this writer first wrote one of its files. Only this writer
    /// adds instances during hashing, each path once, so every later file of such a root is new too.
    /// </summary>
    private readonly Dictionary<long, bool> rootWasEmpty = [];

    public IngestionWriter(SqliteConnection connection, long logId, ExtensionRegistry registry, ScanCounters counters,
        CategoryLog log, CategoryLog archiveLog)
    {
        this.connection = connection;
        this.logId = logId;
        this.counters = counters;
        this.log = log;
        this.archiveLog = archiveLog;
        roms = new RomFileWriter(connection, logId);
        members = new ArchiveMemberWriter(connection, roms, registry);
        plainFiles = new HashedFileBatchWriter(connection, logId);
        findInstance = connection.Statement(
            "SELECT rom_id, size_bytes, last_modified FROM file_instance WHERE root_id = $root AND relative_path = $path");
        upsertInstance = connection.Statement("""
            INSERT INTO file_instance (rom_id, root_id, relative_path, size_bytes, first_seen, last_seen, last_modified, status, log_id)
            VALUES ($rom, $root, $path, $size, datetime('now'), datetime('now'), $modified, 'present', $log)
            ON CONFLICT(root_id, relative_path) DO UPDATE SET rom_id = excluded.rom_id, size_bytes = excluded.size_bytes,
                last_seen = excluded.last_seen, last_modified = excluded.last_modified, status = 'present', log_id = excluded.log_id
            RETURNING instance_id
            """);
        touchInstance = connection.Statement(
            "UPDATE file_instance SET last_seen = datetime('now'), log_id = $log WHERE root_id = $root AND relative_path = $path");
        promote = connection.Statement("""
            UPDATE file_discovery SET rom_id = $rom, promotion_state = $state, message = $message, last_seen = datetime('now')
            WHERE discovery_id = $id
            """);
        recordArchive = connection.Statement("""
            INSERT INTO ingestion_queue (root_id, absolute_path, depth, status, error_message, log_id)
            VALUES ($root, $path, $depth, $status, $error, $log)
            ON CONFLICT(root_id, absolute_path) DO UPDATE SET depth = excluded.depth, status = excluded.status,
                error_message = excluded.error_message, log_id = excluded.log_id
            """);
        recordOperation = connection.Statement("""
            INSERT INTO file_operation_log (instance_id, rom_id, operation_type, source_path, status, message, initiated_by, log_id)
            VALUES ($instance, $rom, $type, $path, 'failed', $message, 'ingestion', $log)
            """);
        anyInstance = connection.Statement("SELECT EXISTS (SELECT 1 FROM file_instance WHERE root_id = $root)");
    }

    /// <summary>
    /// Writes one batch in one transaction and returns the hash cache entries to store after commit. Each file is
    /// written inside its own savepoint: a fault of one file (an odd name or value nothing foresaw) undoes only
    /// that file, which is then recorded as failed with the fault's type and message, and the batch goes on. A
    /// fault of the database itself (disk full, I/O error, corruption, busy) travels up and fails the run.
    /// Counters and logs change only once the batch is committed.
    /// </summary>
    public List<CachedHash> WriteBatch(IReadOnlyList<HashOutcome> batch)
    {
        var cacheEntries = new List<CachedHash>(batch.Count);
        var written = new List<Written>(batch.Count);
        if (!TryWriteWhole(batch, cacheEntries, written))
        {
            // A file faulted: the batch was undone; write it again, each file in its own savepoint.
            cacheEntries.Clear();
            written.Clear();
            using var transaction = connection.BeginTransaction();
            foreach (var outcome in batch)
            {
                written.Add(WriteSafely(transaction, outcome, cacheEntries));
                CrashPoint.Hit("hashing.file");
            }

            transaction.Commit();
        }

        CrashPoint.Hit("hashing.batch");
        foreach (var file in written)
        {
            Count(file);
        }

        return cacheEntries;
    }

    /// <summary>
    /// True when a fault must fail the run rather than the one file being written: SQLite errors other than a
    /// constraint, type or size refused for this row's values (disk full, I/O error, damage, busy, read-only), and
    /// cancellation or running out of memory.
    /// </summary>
    public static bool IsDatabaseFault(Exception error) => error switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode is not (SqliteConstraint or SqliteTooBig or SqliteMismatch or SqliteRange),
        OperationCanceledException or OutOfMemoryException => true,
        _ => false,
    };

    private const int SqliteTooBig = 18;
    private const int SqliteConstraint = 19;
    private const int SqliteMismatch = 20;
    private const int SqliteRange = 25;

    /// <summary>
    /// Writes the batch in one transaction without a savepoint per file: each run of plain files (see
    /// <see cref="HashedFileBatchWriter.Fits"/>) set-based, every other file alone, in the batch's order. When one
    /// file faults the way <see cref="WriteSafely"/> would catch, the whole batch is rolled back and false returned.
    /// </summary>
    private bool TryWriteWhole(IReadOnlyList<HashOutcome> batch, List<CachedHash> cacheEntries, List<Written> written)
    {
        using var transaction = connection.BeginTransaction();
        try
        {
            var run = new List<HashOutcome>();
            foreach (var outcome in batch)
            {
                if (HashedFileBatchWriter.Fits(outcome))
                {
                    run.Add(outcome);
                    continue;
                }

                WriteRun(transaction, run, cacheEntries, written);
                written.Add(Write(transaction, outcome, cacheEntries));
                CrashPoint.Hit("hashing.file");
            }

            WriteRun(transaction, run, cacheEntries, written);
        }
        catch (Exception error) when (!IsDatabaseFault(error))
        {
            transaction.Rollback();
            return false;
        }

        transaction.Commit();
        return true;
    }

    /// <summary>Writes a run of plain files set-based and empties it.</summary>
    private void WriteRun(SqliteTransaction transaction, List<HashOutcome> run, List<CachedHash> cacheEntries, List<Written> written)
    {
        if (run.Count == 0)
        {
            return;
        }

        var lookUpPrevious = false;
        foreach (var outcome in run)
        {
            lookUpPrevious |= !RootWasEmpty(transaction, outcome.Job.RootId);
        }

        var previous = plainFiles.Write(transaction, run, lookUpPrevious);
        for (var index = 0; index < run.Count; index++)
        {
            var outcome = run[index];
            var change = RootWasEmpty(transaction, outcome.Job.RootId) ? FileChange.New : previous[index] switch
            {
                PreviousInstance.None => FileChange.New,
                PreviousInstance.Same => FileChange.Retried,
                _ => FileChange.Changed,
            };
            if (!outcome.FromCache && !outcome.Classification!.IsArchive)
            {
                cacheEntries.Add(new CachedHash(outcome.Job.Path.Absolute, outcome.Job.ModifiedTime, outcome.Hashes!));
            }

            written.Add(new Written(outcome, change, outcome.FromCache ? null : outcome.Hashes!.Size, null));
            CrashPoint.Hit("hashing.file");
        }

        run.Clear();
    }

    private Written WriteSafely(SqliteTransaction transaction, HashOutcome outcome, List<CachedHash> cacheEntries)
    {
        const string Savepoint = "one_file";
        var cached = cacheEntries.Count;
        transaction.Save(Savepoint);
        try
        {
            var written = Write(transaction, outcome, cacheEntries);
            transaction.Release(Savepoint);
            return written;
        }
        catch (Exception error) when (!IsDatabaseFault(error))
        {
            transaction.Rollback(Savepoint);
            transaction.Release(Savepoint);
            cacheEntries.RemoveRange(cached, cacheEntries.Count - cached);
            var message = $"could not be recorded ({error.GetType().Name}): {error.Message}";
            log.Error($"{outcome.Job.Path.Relative}: {message}");
            return Write(transaction, HashOutcome.Failed(outcome.Job, message, ScanProblemKinds.Internal), cacheEntries);
        }
    }

    /// <summary>Applies a committed file to the counters and logs its problems.</summary>
    private void Count(Written file)
    {
        var outcome = file.Outcome;
        switch (file.Change)
        {
            case FileChange.New:
                counters.New();
                break;
            case FileChange.Changed:
                counters.Changed();
                break;
            case FileChange.Retried:
                counters.Retried();
                break;
        }

        if (file.HashedBytes is { } bytes)
        {
            counters.Hashed(bytes);
        }

        if (file.MembersWritten is { } members)
        {
            counters.ArchiveExpanded(members);
        }

        foreach (var problem in outcome.Problems)
        {
            counters.Problem(problem);
            var category = problem.Kind is ScanProblemKinds.Unreadable or ScanProblemKinds.Changed or ScanProblemKinds.Signature or ScanProblemKinds.Internal
                ? log
                : archiveLog;
            category.Warn($"{problem.Kind}: {problem.Path}: {problem.Message}");
        }

        counters.Processed();
        if (outcome.Archive is { } listing && file.MembersWritten is not null)
        {
            archiveLog.Info($"{outcome.Job.Path.Relative}: {listing.Kind}, {Plurals.Count(listing.Members.Count, "member")}" +
                            (listing.PasswordUsed is null ? "" : ", opened with a dictionary password"));
        }
    }

    public void Dispose()
    {
        roms.Dispose();
        members.Dispose();
        plainFiles.Dispose();
        findInstance.Dispose();
        upsertInstance.Dispose();
        touchInstance.Dispose();
        promote.Dispose();
        recordArchive.Dispose();
        recordOperation.Dispose();
        anyInstance.Dispose();
    }

    private Written Write(SqliteTransaction transaction, HashOutcome outcome, List<CachedHash> cacheEntries)
    {
        var job = outcome.Job;
        if (outcome.Hashes is null || outcome.Classification is null)
        {
            // Unreadable now: keep the instance (it is not missing), leave the staged row failed for the next run.
            touchInstance.In(transaction).Bind("$log", logId).Bind("$root", job.RootId).Bind("$path", job.Path.Relative).Execute();
            promote.In(transaction).Bind("$rom", (long?)null).Bind("$state", "failed").Bind("$message", outcome.Failure).Bind("$id", job.DiscoveryId).Execute();
            return new Written(outcome, FileChange.None, null, null);
        }

        var romId = roms.Upsert(transaction, outcome.Hashes, Path.GetFileName(job.Path.Relative), outcome.Classification.ContentRole);
        roms.WriteMetadata(transaction, romId, outcome.Metadata);
        var change = Classify(transaction, job, romId);
        var instanceId = upsertInstance.In(transaction)
            .Bind("$rom", romId).Bind("$root", job.RootId).Bind("$path", job.Path.Relative)
            .Bind("$size", job.Size).Bind("$modified", job.ModifiedTime).Bind("$log", logId)
            .Long()!.Value;

        if (!outcome.FromCache)
        {
            if (!outcome.Classification.IsArchive)
            {
                cacheEntries.Add(new CachedHash(job.Path.Absolute, job.ModifiedTime, outcome.Hashes));
            }
        }

        int? membersWritten = null;
        if (outcome.Archive is { } listing)
        {
            membersWritten = members.Write(transaction, romId, listing);
            var failed = listing.Problems.FirstOrDefault(p => p.Kind is not (Archives.ArchiveProblemKind.DepthLimit or Archives.ArchiveProblemKind.Metadata));
            recordArchive.In(transaction)
                .Bind("$root", job.RootId).Bind("$path", job.Path.Absolute).Bind("$depth", (long)job.Depth)
                .Bind("$status", failed is null ? "done" : "error").Bind("$error", failed?.Message).Bind("$log", logId)
                .Execute();
        }

        foreach (var problem in outcome.Problems.Where(p => p.Kind is not ScanProblemKinds.Signature))
        {
            recordOperation.In(transaction)
                .Bind("$instance", instanceId).Bind("$rom", romId)
                .Bind("$type", problem.Kind == ScanProblemKinds.PasswordRequired ? "password_required" : "error")
                .Bind("$path", problem.Path).Bind("$message", $"{problem.Kind}: {problem.Message}").Bind("$log", logId)
                .Execute();
        }

        var note = outcome.Problems.Count == 0 ? null : string.Join("; ", outcome.Problems.Select(p => p.Message));
        promote.In(transaction).Bind("$rom", romId).Bind("$state", "hashed").Bind("$message", note).Bind("$id", job.DiscoveryId).Execute();
        return new Written(outcome, change, outcome.FromCache ? null : outcome.Hashes.Size, membersWritten);
    }

    /// <summary>
    /// New (no file at this path before), changed (other size, time or content), or retried: read again with the
    /// same size, time and content (an archive whose last enumeration failed, or a run resumed mid-batch).
    /// </summary>
    private FileChange Classify(SqliteTransaction transaction, HashJob job, long romId)
    {
        if (RootWasEmpty(transaction, job.RootId))
        {
            return FileChange.New;
        }

        var found = findInstance.In(transaction).Bind("$root", job.RootId).Bind("$path", job.Path.Relative).First(row =>
            (Found: true, Same: row.Long("rom_id") == romId
                                && row.LongOrNull("size_bytes") == job.Size
                                && row.TextOrNull("last_modified") is { } modified && modified == job.ModifiedTime));
        if (!found.Found)
        {
            return FileChange.New;
        }

        var same = found.Same;
        return same ? FileChange.Retried : FileChange.Changed;
    }

    /// <summary>See <see cref="rootWasEmpty"/>; asked before the root's first file is written.</summary>
    private bool RootWasEmpty(SqliteTransaction transaction, long rootId)
    {
        if (!rootWasEmpty.TryGetValue(rootId, out var empty))
        {
            empty = anyInstance.In(transaction).Bind("$root", rootId).Long() == 0;
            rootWasEmpty[rootId] = empty;
        }

        return empty;
    }

    private enum FileChange
    {
        None,
        New,
        Changed,
        Retried,
    }

    /// <summary>What writing one file did, applied to the counters once its batch is committed.</summary>
    private sealed record Written(HashOutcome Outcome, FileChange Change, long? HashedBytes, int? MembersWritten);
}
