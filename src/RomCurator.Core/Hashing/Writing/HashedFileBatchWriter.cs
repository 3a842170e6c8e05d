using Microsoft.Data.Sqlite;
using RomCurator.Core.Digests;
using RomCurator.Core.Hashing;
using RomCurator.Core.Scans;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Hashing.Writing;

/// <summary>
/// Writes a run of plain hashed files (no archive listing, no header metadata, no problem but signature warnings)
/// set-based: each file is one row of a staging table, then one statement per table for the whole run (rom_file
/// upsert, file_instance upsert, file_discovery promotion), in the run's order, so the rows are those that writing
/// the files one by one gives. A fault of any file faults the statement (the caller then writes the batch again file
/// by file).
/// </summary>
public sealed class HashedFileBatchWriter : IDisposable
{
    private readonly StagingTable files;
    private readonly SqlStatement upsertRoms;
    private readonly SqlStatement findPrevious;
    private readonly SqlStatement upsertInstances;
    private readonly SqlStatement promote;

    public HashedFileBatchWriter(SqliteConnection connection, long logId)
    {
        files = new StagingTable(connection, "scan_hashed_files", """
            discovery_id INTEGER, root_id INTEGER, relative_path TEXT, size INTEGER, modified TEXT,
            sha1 TEXT, md5 TEXT, crc32 TEXT, size_bytes INTEGER, filename TEXT, role TEXT,
            header TEXT, hsha1 TEXT, hmd5 TEXT, hcrc TEXT, hsize INTEGER, note TEXT
            """, 17);
        upsertRoms = connection.Statement($"""
            INSERT INTO rom_file (sha1, md5, crc32, size_bytes, filename, content_role, log_id,
                                  header_type, headerless_sha1, headerless_md5, headerless_crc32, headerless_size)
            SELECT sha1, md5, crc32, size_bytes, filename, role, $log, header, hsha1, hmd5, hcrc, hsize
            FROM {files.Name} WHERE true ORDER BY ord
            {RomFileWriter.KeepKnownHashes}
            """).Bind("$log", logId);
        findPrevious = connection.Statement($"""
            SELECT b.ord, f.instance_id IS NOT NULL AS found,
                   coalesce(f.rom_id = r.rom_id AND f.size_bytes = b.size AND f.last_modified = b.modified, 0) AS same
            FROM {files.Name} b JOIN rom_file r ON r.sha1 = b.sha1
            LEFT JOIN file_instance f ON f.root_id = b.root_id AND f.relative_path = b.relative_path
            ORDER BY b.ord
            """);
        upsertInstances = connection.Statement($"""
            INSERT INTO file_instance (rom_id, root_id, relative_path, size_bytes, first_seen, last_seen, last_modified, status, log_id)
            SELECT r.rom_id, b.root_id, b.relative_path, b.size, datetime('now'), datetime('now'), b.modified, 'present', $log
            FROM {files.Name} b JOIN rom_file r ON r.sha1 = b.sha1 WHERE true ORDER BY b.ord
            ON CONFLICT(root_id, relative_path) DO UPDATE SET rom_id = excluded.rom_id, size_bytes = excluded.size_bytes,
                last_seen = excluded.last_seen, last_modified = excluded.last_modified, status = 'present', log_id = excluded.log_id
            """).Bind("$log", logId);
        promote = connection.Statement($"""
            UPDATE file_discovery SET rom_id = r.rom_id, promotion_state = 'hashed', message = b.note, last_seen = datetime('now')
            FROM {files.Name} b JOIN rom_file r ON r.sha1 = b.sha1
            WHERE file_discovery.discovery_id = b.discovery_id
            """);
    }

    /// <summary>True when <paramref name="outcome"/> can be written set-based (see the class summary).</summary>
    public static bool Fits(HashOutcome outcome) =>
        outcome is { Hashes: not null, Classification: not null, Archive: null, Metadata.Count: 0 }
        && outcome.Problems.All(problem => problem.Kind == ScanProblemKinds.Signature);

    /// <summary>
    /// Writes <paramref name="run"/> (every outcome <see cref="Fits"/>) inside <paramref name="transaction"/>. Returns,
    /// in the run's order, what each path held before; all <see cref="PreviousInstance.None"/> without a lookup when
    /// <paramref name="lookUpPrevious"/> is false (every root of the run had no instance).
    /// </summary>
    public PreviousInstance[] Write(SqliteTransaction transaction, IReadOnlyList<HashOutcome> run, bool lookUpPrevious)
    {
        files.Clear(transaction);
        foreach (var outcome in run)
        {
            Stage(outcome);
        }

        upsertRoms.In(transaction).Execute();
        var previous = new PreviousInstance[run.Count];
        var found = lookUpPrevious ? findPrevious.In(transaction).All(row => row.Long("found") == 0 ? 0L : row.Long("same") != 0 ? 1L : 2L) : null;
        for (var index = 0; found is not null && index < found.Count && index < previous.Length; index++)
        {
            previous[index] = found[index] switch
            {
                0 => PreviousInstance.None,
                1 => PreviousInstance.Same,
                _ => PreviousInstance.Different,
            };
        }

        var instances = upsertInstances.In(transaction).Execute();
        if (instances != run.Count || (found is not null && found.Count != run.Count))
        {
            // Cannot happen while every staged row has its rom_file; if it did, the caller writes the files one by one.
            throw new InvalidOperationException($"{instances} of {run.Count} files were recorded at once");
        }

        promote.In(transaction).Execute();
        files.Clear(transaction);
        return previous;
    }

    public void Dispose()
    {
        upsertRoms.Dispose();
        findPrevious.Dispose();
        upsertInstances.Dispose();
        promote.Dispose();
        files.Dispose();
    }

    private void Stage(HashOutcome outcome)
    {
        var job = outcome.Job;
        var hashes = outcome.Hashes!;
        var headerless = hashes.Headerless;
        var note = outcome.Problems.Count == 0 ? null : string.Join("; ", outcome.Problems.Select(p => p.Message));
        files.Row()
            .Bind(2, job.DiscoveryId).Bind(3, job.RootId).Bind(4, job.Path.Relative).Bind(5, job.Size).Bind(6, job.ModifiedTime)
            .Bind(7, hashes.Sha1.ToHex()).Bind(8, hashes.Md5?.ToHex()).Bind(9, hashes.Crc32?.ToHex()).Bind(10, hashes.Size)
            .Bind(11, Path.GetFileName(job.Path.Relative)).Bind(12, outcome.Classification!.ContentRole)
            .Bind(13, hashes.HeaderKind).Bind(14, headerless?.Sha1.ToHex()).Bind(15, headerless?.Md5?.ToHex())
            .Bind(16, headerless?.Crc32?.ToHex()).Bind(17, headerless?.Size).Bind(18, note)
            .Execute();
    }
}
