using Microsoft.Data.Sqlite;
using RomCurator.Core.Diagnostics;
using RomCurator.Core.Ingestion.Classification;
using RomCurator.Core.Ingestion.Hashing;
using RomCurator.Core.Logging;

namespace RomCurator.Core.Ingestion.Writing;

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
    private readonly PreparedCommand findInstance;
    private readonly PreparedCommand upsertInstance;
    private readonly PreparedCommand touchInstance;
    private readonly PreparedCommand promote;
    private readonly PreparedCommand recordArchive;
    private readonly PreparedCommand recordOperation;

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
        findInstance = new(connection, "SELECT rom_id FROM file_instance WHERE root_id = $root AND relative_path = $path", "$root", "$path");
        upsertInstance = new(connection, """
            INSERT INTO file_instance (rom_id, root_id, relative_path, size_bytes, first_seen, last_seen, last_modified, status, log_id)
            VALUES ($rom, $root, $path, $size, datetime('now'), datetime('now'), $modified, 'present', $log)
            ON CONFLICT(root_id, relative_path) DO UPDATE SET rom_id = excluded.rom_id, size_bytes = excluded.size_bytes,
                last_seen = excluded.last_seen, last_modified = excluded.last_modified, status = 'present', log_id = excluded.log_id
            RETURNING instance_id
            """, "$rom", "$root", "$path", "$size", "$modified", "$log");
        touchInstance = new(connection,
            "UPDATE file_instance SET last_seen = datetime('now'), log_id = $log WHERE root_id = $root AND relative_path = $path",
            "$log", "$root", "$path");
        promote = new(connection, """
            UPDATE file_discovery SET rom_id = $rom, promotion_state = $state, message = $message, last_seen = datetime('now')
            WHERE discovery_id = $id
            """, "$rom", "$state", "$message", "$id");
        recordArchive = new(connection, """
            INSERT INTO ingestion_queue (root_id, absolute_path, depth, status, error_message, log_id)
            VALUES ($root, $path, $depth, $status, $error, $log)
            ON CONFLICT(root_id, absolute_path) DO UPDATE SET depth = excluded.depth, status = excluded.status,
                error_message = excluded.error_message, log_id = excluded.log_id
            """, "$root", "$path", "$depth", "$status", "$error", "$log");
        recordOperation = new(connection, """
            INSERT INTO file_operation_log (instance_id, rom_id, operation_type, source_path, status, message, initiated_by, log_id)
            VALUES ($instance, $rom, $type, $path, 'failed', $message, 'ingestion', $log)
            """, "$instance", "$rom", "$type", "$path", "$message", "$log");
    }

    /// <summary>Writes one batch in one transaction and returns the hash cache entries to store after commit.</summary>
    public List<CachedHash> WriteBatch(IReadOnlyList<HashOutcome> batch)
    {
        var cacheEntries = new List<CachedHash>();
        using var transaction = connection.BeginTransaction();
        foreach (var outcome in batch)
        {
            Write(transaction, outcome, cacheEntries);
            CrashPoint.Hit("hashing.file");
        }

        transaction.Commit();
        CrashPoint.Hit("hashing.batch");
        foreach (var outcome in batch)
        {
            foreach (var problem in outcome.Problems)
            {
                counters.Problem(problem);
                var category = problem.Kind is ScanProblemKinds.Unreadable or ScanProblemKinds.Changed or ScanProblemKinds.Signature ? log : archiveLog;
                category.Warn($"{problem.Kind}: {problem.Path}: {problem.Message}");
            }

            counters.Processed();
            if (outcome.Archive is { } listing)
            {
                archiveLog.Info($"{outcome.Job.RelativePath}: {listing.Kind}, {listing.Members.Count} members" +
                                (listing.PasswordUsed is null ? "" : ", opened with a dictionary password"));
            }
        }

        return cacheEntries;
    }

    public void Dispose()
    {
        roms.Dispose();
        members.Dispose();
        findInstance.Dispose();
        upsertInstance.Dispose();
        touchInstance.Dispose();
        promote.Dispose();
        recordArchive.Dispose();
        recordOperation.Dispose();
    }

    private void Write(SqliteTransaction transaction, HashOutcome outcome, List<CachedHash> cacheEntries)
    {
        var job = outcome.Job;
        if (outcome.Hashes is null || outcome.Classification is null)
        {
            // Unreadable now: keep the instance (it is not missing), leave the staged row failed for the next run.
            touchInstance.With("$log", logId).With("$root", job.RootId).With("$path", job.RelativePath).Execute(transaction);
            promote.With("$rom", null).With("$state", "failed").With("$message", outcome.Failure).With("$id", job.DiscoveryId).Execute(transaction);
            return;
        }

        var romId = roms.Upsert(transaction, outcome.Hashes, Path.GetFileName(job.RelativePath), outcome.Classification.ContentRole);
        roms.WriteMetadata(transaction, romId, outcome.Metadata);
        var previousRom = findInstance.With("$root", job.RootId).With("$path", job.RelativePath).Scalar(transaction);
        var instanceId = (long)upsertInstance
            .With("$rom", romId).With("$root", job.RootId).With("$path", job.RelativePath)
            .With("$size", job.Size).With("$modified", job.ModifiedTime).With("$log", logId)
            .Scalar(transaction)!;

        if (previousRom is null)
        {
            counters.New();
        }
        else
        {
            counters.Changed();
        }

        if (!outcome.FromCache)
        {
            counters.Hashed(outcome.Hashes.Size);
            if (!outcome.Classification.IsArchive)
            {
                cacheEntries.Add(new CachedHash(job.AbsolutePath, job.ModifiedTime, outcome.Hashes));
            }
        }

        if (outcome.Archive is { } listing)
        {
            var written = members.Write(transaction, romId, listing);
            counters.ArchiveExpanded(written);
            var failed = listing.Problems.FirstOrDefault(p => p.Kind is not Archives.ArchiveProblemKind.DepthLimit);
            recordArchive
                .With("$root", job.RootId).With("$path", job.AbsolutePath).With("$depth", (long)job.Depth)
                .With("$status", failed is null ? "done" : "error").With("$error", failed?.Message).With("$log", logId)
                .Execute(transaction);
        }

        foreach (var problem in outcome.Problems.Where(p => p.Kind is not ScanProblemKinds.Signature))
        {
            recordOperation
                .With("$instance", instanceId).With("$rom", romId)
                .With("$type", problem.Kind == ScanProblemKinds.PasswordRequired ? "password_required" : "error")
                .With("$path", problem.Path).With("$message", $"{problem.Kind}: {problem.Message}").With("$log", logId)
                .Execute(transaction);
        }

        var note = outcome.Problems.Count == 0 ? null : string.Join("; ", outcome.Problems.Select(p => p.Message));
        promote.With("$rom", romId).With("$state", "hashed").With("$message", note).With("$id", job.DiscoveryId).Execute(transaction);
    }
}
