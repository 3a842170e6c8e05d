using Microsoft.Data.Sqlite;
using RomCurator.Core.Storage;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Organizer;

/// <summary>
/// Migration 0019 rebuilds file_operation_log so its CHECK allows 'playlist': every row keeps its number and values,
/// the indexes come back, and the other CHECKs still hold.
/// </summary>
public sealed class PlaylistOperationMigrationTests
{
    [Test]
    public async Task Migration_19_keeps_every_row_and_index_and_allows_playlist_rows()
    {
        using var folder = new TempDirectory();
        using var connection = DatabaseOpener.Open(folder.File("old.db"));
        new MigrationRunner(EmbeddedMigrations.Load().Where(m => m.Version <= 18).ToList()).Apply(connection);
        Sql.Execute(connection, """
            INSERT INTO import_log (source_id) SELECT source_id FROM metadata_source WHERE name = 'organizer';
            INSERT INTO file_operation_log (operation_id, operation_type, source_path, destination_path, initiated_by, status, message, created_at, log_id)
            VALUES (7, 'move', '/lib/a.gb', '/lib/b/a.gb', 'organizer', 'completed', NULL, '2026-01-02 03:04:05', 1),
                   (9, 'error', '/lib/bad.zip', NULL, 'ingestion', 'failed', 'unreadable', '2026-01-02 03:04:06', NULL);
            """);
        var before = Rows(connection);
        var indexes = Indexes(connection);

        new MigrationRunner().Apply(connection);

        await Assert.That(Rows(connection)).IsEquivalentTo(before);
        await Assert.That(before.Count).IsEqualTo(2);
        await Assert.That(Indexes(connection)).IsEquivalentTo(indexes);
        await Assert.That(indexes.Count).IsEqualTo(4);
        Sql.Execute(connection, "INSERT INTO file_operation_log (operation_type, status, content_sha1, root_id) VALUES ('playlist', 'pending', 'ab', NULL)");
        await Assert.That(Sql.Scalar<long>(connection, "SELECT max(operation_id) FROM file_operation_log")).IsEqualTo(10L);
        Assert.Throws<SqliteException>(() => Sql.Execute(connection, "INSERT INTO file_operation_log (operation_type) VALUES ('teleport')"));
        Assert.Throws<SqliteException>(() => Sql.Execute(connection, "INSERT INTO file_operation_log (operation_type, status) VALUES ('move', 'maybe')"));
        await Assert.That(Sql.Column(connection, "SELECT name FROM sqlite_master WHERE sql LIKE '%file_operation_log_new%'")).IsEmpty();
    }

    private static List<string> Rows(SqliteConnection connection) => Sql.Column(connection, """
        SELECT operation_id || '|' || operation_type || '|' || ifnull(source_path, '-') || '|' || ifnull(destination_path, '-') || '|' ||
               initiated_by || '|' || status || '|' || ifnull(message, '-') || '|' || created_at || '|' || ifnull(log_id, '-')
        FROM file_operation_log ORDER BY operation_id
        """);

    private static List<string> Indexes(SqliteConnection connection) =>
        Sql.Column(connection, "SELECT name || ': ' || sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'file_operation_log' ORDER BY name");
}
