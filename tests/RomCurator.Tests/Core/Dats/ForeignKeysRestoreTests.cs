using System.Data;
using RomCurator.Core.Dats.Import;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Dats;

/// <summary>
/// A connection a DAT import switched the foreign keys off on is never used again with them off: SQLite ignores
/// <c>PRAGMA foreign_keys</c> inside a transaction without an error, so a transaction left open when the keys are
/// restored (its rollback failed) would have left every later write on the connection unchecked.
/// </summary>
public sealed class ForeignKeysRestoreTests
{
    [Test]
    public async Task Keys_restored_while_a_transaction_is_still_open_are_not_left_off()
    {
        using var database = new TestDatabase();
        var connection = database.Connection;
        var foreignKeys = DatImportForeignKeys.Deferred(connection);
        var deferred = foreignKeys.IsDeferred;
        // The import's transaction did not end (its rollback failed): still open when the keys are restored.
        Sql.Execute(connection, "BEGIN");
        Sql.Execute(connection, "INSERT INTO atomic_game_unit (atomic_id, platform_id, canonical_title, title_key) VALUES (77, 1, 'Half', 'half')");

        foreignKeys.Dispose();

        await Assert.That(deferred).IsTrue();
        if (connection.State == ConnectionState.Open)
        {
            await Assert.That(Sql.Scalar<long>(connection, "PRAGMA foreign_keys")).IsEqualTo(1L).Because("the connection stays in use");
            await Assert.That(Sql.Scalar<long>(connection, "SELECT count(*) FROM atomic_game_unit WHERE atomic_id = 77")).IsEqualTo(0L)
                .Because("what the unfinished import wrote is rolled back, never committed later");
        }
    }

    [Test]
    public async Task A_cancel_inside_a_running_statement_of_a_new_dat_leaves_the_keys_on()
    {
        using var database = new TestDatabase();
        var connection = database.Connection;
        using var folder = new TempDirectory();
        var games = string.Join("\n", Enumerable.Range(0, 300).Select(i =>
            $"game ( name \"Game {i} (USA)\" rom ( name \"Game {i} (USA).gb\" size {1000 + i} crc {i:x8} ) )"));
        var dat = folder.Write("many.dat", "clrmamepro ( name \"Nintendo - Game Boy\" version \"1\" )\n" + games + "\n");
        // The import's last statement (the DAT marked complete) runs a join of 300^3 rows: cancelled once it has begun.
        Sql.Execute(connection,
            "CREATE TRIGGER slow AFTER UPDATE OF file_sha1 ON dat_file BEGIN SELECT started(); SELECT count(*) FROM dat_entry a, dat_entry b, dat_entry c, dat_entry d; END");
        using var cancel = new CancellationTokenSource();
        connection.CreateFunction("started", () =>
        {
            cancel.Cancel();
            return 1L;
        });

        var cancelled = await Task.Run(() => new DatImporter(connection).Import(dat, "gb", cancel.Token)).WaitAsync(Wait.HangGuard);

        await Assert.That(cancelled.Status).IsEqualTo("cancelled");
        await Assert.That(Sql.Scalar<long>(connection, "PRAGMA foreign_keys")).IsEqualTo(1L);
        await Assert.That(Sql.Scalar<long>(connection, "SELECT count(*) FROM dat_entry")).IsEqualTo(0L);
    }
}
