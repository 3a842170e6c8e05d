using System.Security.Cryptography;
using RomCurator.Core.Classification;
using RomCurator.Core.Digests;
using RomCurator.Core.Scans;
using RomCurator.Core.Pipeline;
using RomCurator.Core.FileSystem;
using RomCurator.Core.Hashing;
using RomCurator.Core.Hashing.Writing;
using RomCurator.Core.Logging;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Hashing;

/// <summary>
/// The writer records a batch's plain files set-based and falls back to one file at a time when a file faults: both
/// ways must leave the same rows and counts.
/// </summary>
public sealed class SetBasedWriteTests
{
    [Test]
    public async Task A_batch_written_set_based_leaves_the_rows_and_counts_of_writing_it_file_by_file()
    {
        var together = Write(withFault: false);
        var oneByOne = Write(withFault: true);

        await Assert.That(together.Rows.Count).IsGreaterThan(10);
        await Assert.That(together.Rows).IsEquivalentTo(oneByOne.Rows);
        await Assert.That(together.Rows.Count(row => row.StartsWith("rom_file|first.nes|1000|", StringComparison.Ordinal))).IsEqualTo(1).Because("two files with the same content: the first one names it");
        await Assert.That(together.Rows.Count(row => row.StartsWith("file_discovery|warned.nes|hashed|the extension says one thing|", StringComparison.Ordinal))).IsEqualTo(1);
        await Assert.That(together.Counts).IsEqualTo("new 4, changed 1, retried 0");
        await Assert.That(oneByOne.Counts).IsEqualTo("new 4, changed 1, retried 0");
    }

    /// <summary>Scans a seed file, then writes a batch of pending files (and, with <paramref name="withFault"/>, one that faults last).</summary>
    private static (List<string> Rows, string Counts) Write(bool withFault)
    {
        using var fixture = new ScanFixture();
        fixture.Write("seed.nes", Bytes(100, 1));
        var root = fixture.AddRoot();
        var run = fixture.Scan();
        var counters = new ScanCounters();
        using (var connection = fixture.Open())
        using (var log = new CategoryLog(fixture.Settings.Paths.Logs, "ingestion"))
        using (var archiveLog = new CategoryLog(fixture.Settings.Paths.Logs, "ingestion.archive"))
        {
            HashOutcome Pending(string name, byte[] content, string? warning = null)
            {
                var discoveryId = Sql.Scalar<long>(connection, $"""
                    INSERT INTO file_discovery (log_id, root_id, absolute_path, relative_path, size_bytes, modified_time, promotion_state)
                    VALUES ({run.RunId}, {root.RootId}, '/nowhere/{name}', '{name}', {content.Length}, '2024-01-01T00:00:00.0000000Z', 'pending')
                    ON CONFLICT(root_id, relative_path) DO UPDATE SET promotion_state = 'pending', rom_id = NULL
                    RETURNING discovery_id
                    """);
                var hashes = new ContentHashes(content.Length, new HashValue(SHA1.HashData(content)), new HashValue(MD5.HashData(content)), null);
                var job = new HashJob(discoveryId, root.RootId, new RootedPath("/nowhere", name), content.Length, "2024-01-01T00:00:00.0000000Z", 0);
                List<ScanProblem> problems = warning is null ? [] : [new ScanProblem(ScanProblemKinds.Signature, name, warning)];
                return new HashOutcome(job, hashes, new FileClassification(null, ContentRoles.Rom, null, warning), null, problems, null, false);
            }

            List<HashOutcome> batch =
            [
                Pending("first.nes", Bytes(1000, 2)),
                Pending("second.nes", Bytes(1000, 2)),
                Pending("seed.nes", Bytes(200, 3)),
                Pending("warned.nes", Bytes(300, 4), "the extension says one thing"),
                Pending("sub/deeper.nes", Bytes(400, 5)),
            ];
            if (withFault)
            {
                var faulty = Pending("odd.nes", Bytes(500, 6));
                batch.Add(faulty with { Job = faulty.Job with { RootId = 987_654 } });
            }

            using var writer = new IngestionWriter(connection, run.RunId, ExtensionRegistry.Load(connection), counters, log, archiveLog);
            writer.WriteBatch(batch);
        }

        var summary = counters.Summarize(0, "completed", false, [], TimeSpan.Zero, null);
        List<string> rows =
        [
            .. fixture.Column("""
                SELECT 'rom_file|' || filename || '|' || size_bytes || '|' || sha1 || '|' || coalesce(md5, '-') || '|' || content_role FROM rom_file WHERE size_bytes <> 500
                """),
            .. fixture.Column("""
                SELECT 'file_instance|' || i.relative_path || '|' || r.sha1 || '|' || i.size_bytes || '|' || i.last_modified || '|' || i.status
                FROM file_instance i JOIN rom_file r USING (rom_id)
                """),
            .. fixture.Column("""
                SELECT 'file_discovery|' || d.relative_path || '|' || d.promotion_state || coalesce('|' || d.message, '') || coalesce('|' || r.sha1, '')
                FROM file_discovery d LEFT JOIN rom_file r USING (rom_id) WHERE d.relative_path <> 'odd.nes'
                """),
        ];
        return (rows, $"new {summary.FilesNew}, changed {summary.FilesChanged}, retried {summary.FilesRetried}");
    }

    private static byte[] Bytes(int size, int seed)
    {
        var data = new byte[size];
        new Random(seed).NextBytes(data);
        return data;
    }
}
