using RomCurator.Core.Discovery;
using RomCurator.Core.FileSystem;
using RomCurator.Core.Pipeline;
using RomCurator.Core.Runs;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Discovery;

/// <summary>
/// The rescan shortcuts of the discovery writer: rows it leaves as they are must be what the plain upsert would have
/// written, and rows it must change (a file back from 'missing', a row staged earlier in the same run with other
/// values) are changed.
/// </summary>
public sealed class WalkBatchWriterTests
{
    [Test]
    public async Task A_file_back_from_missing_is_present_and_counted_unchanged()
    {
        using var fixture = new ScanFixture();
        fixture.Write("a.nes", "12345");
        fixture.Write("b.nes", "123");
        var root = fixture.AddRoot();
        fixture.Scan();
        using var connection = fixture.Open();
        Sql.Execute(connection, "UPDATE file_instance SET status = 'missing' WHERE relative_path = 'a.nes'");
        var logId = new ImportRunStore(connection).Start(IngestionJob.SourceName);
        using var writer = new WalkBatchWriter(connection, logId);

        int unchanged;
        using (var transaction = connection.BeginTransaction())
        {
            unchanged = writer.Write(transaction, root.RootId, [Entry(root.Path, "a.nes"), Entry(root.Path, "b.nes")], rootIsNew: false);
            transaction.Commit();
        }

        await Assert.That(unchanged).IsEqualTo(2);
        await Assert.That(fixture.Column("SELECT relative_path || ' ' || status || ' ' || log_id FROM file_instance ORDER BY relative_path"))
            .IsEquivalentTo([$"a.nes present {logId}", $"b.nes present {logId}"], TUnit.Assertions.Enums.CollectionOrdering.Matching);
        await Assert.That(fixture.Column("SELECT relative_path || ' ' || promotion_state || ' ' || log_id FROM file_discovery ORDER BY relative_path"))
            .IsEquivalentTo([$"a.nes hashed {logId}", $"b.nes hashed {logId}"], TUnit.Assertions.Enums.CollectionOrdering.Matching);
    }

    [Test]
    public async Task A_row_staged_earlier_in_the_same_run_takes_the_newer_values()
    {
        using var fixture = new ScanFixture();
        fixture.Write("a.nes", "12345");
        var root = fixture.AddRoot();
        fixture.Scan();
        using var connection = fixture.Open();
        var logId = new ImportRunStore(connection).Start(IngestionJob.SourceName);
        using var writer = new WalkBatchWriter(connection, logId);
        var first = Entry(root.Path, "a.nes");

        // As a resumed run stages the same path again: first as it was, then grown since.
        foreach (var batch in new[] { first, first with { Size = 6 } })
        {
            using var transaction = connection.BeginTransaction();
            writer.Write(transaction, root.RootId, [batch], rootIsNew: false);
            transaction.Commit();
        }

        await Assert.That(fixture.Column("SELECT size_bytes || ' ' || promotion_state || ' ' || ifnull(rom_id, 'none') || ' ' || log_id FROM file_discovery"))
            .IsEquivalentTo([$"6 pending none {logId}"]);
    }

    private static WalkEntry Entry(string root, string relative)
    {
        var file = new FileInfo(Path.Join(root, relative));
        return new WalkEntry(new RootedPath(root, relative), file.Length, file.LastWriteTimeUtc, 1);
    }
}
