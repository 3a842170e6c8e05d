using RomCurator.Core.Dats.Import;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Dats;

public sealed class DatImportForeignKeysTests
{
    [Test]
    public async Task A_row_written_with_the_keys_off_that_references_nothing_is_found_and_the_keys_come_back_on()
    {
        using var database = new TestDatabase();
        var connection = database.Connection;
        string? refused = null;
        long keysDuring;
        using (var foreignKeys = DatImportForeignKeys.Deferred(connection))
        {
            using var transaction = connection.BeginTransaction();
            foreignKeys.Begin(transaction);
            keysDuring = Sql.Scalar<long>(connection, "PRAGMA foreign_keys");
            // Accepted as it is written (the keys are off), a release of an atomic game that does not exist.
            Sql.Execute(connection, "INSERT INTO game_release (atomic_id, platform_id, release_name) VALUES (987654, 1, 'Orphan (USA)')");
            try
            {
                foreignKeys.Check(transaction);
            }
            catch (DatImportException error)
            {
                refused = error.Message;
            }
        }

        await Assert.That(keysDuring).IsEqualTo(0L);
        await Assert.That(refused).IsNotNull();
        await Assert.That(refused!).Contains("game_release").And.Contains("atomic_game_unit");
        await Assert.That(Sql.Scalar<long>(connection, "PRAGMA foreign_keys")).IsEqualTo(1L);
        await Assert.That(Sql.Scalar<long>(connection, "SELECT count(*) FROM game_release")).IsEqualTo(0L);
    }

    [Test]
    public async Task Rows_whose_parents_exist_pass_and_rows_before_the_import_are_not_read()
    {
        using var database = new TestDatabase();
        var connection = database.Connection;
        Sql.Execute(connection, "PRAGMA foreign_keys = OFF");
        // An old dangling row (before the import began) is not this import's to judge.
        Sql.Execute(connection, "INSERT INTO game_release (atomic_id, platform_id, release_name) VALUES (987654, 1, 'Old (USA)')");
        Sql.Execute(connection, "PRAGMA foreign_keys = ON");
        using var foreignKeys = DatImportForeignKeys.Deferred(connection);
        using var transaction = connection.BeginTransaction();
        foreignKeys.Begin(transaction);
        Sql.Execute(connection, "INSERT INTO atomic_game_unit (atomic_id, platform_id, canonical_title, title_key) VALUES (5, 1, 'Good', 'good')");
        Sql.Execute(connection, "INSERT INTO game_release (atomic_id, platform_id, release_name) VALUES (5, 1, 'Good (USA)')");

        foreignKeys.Check(transaction);

        await Assert.That(foreignKeys.IsDeferred).IsTrue();
        await Assert.That(Sql.Scalar<long>(connection, "SELECT count(*) FROM game_release")).IsEqualTo(2L);
    }

    [Test]
    public async Task One_query_looks_every_key_of_a_table_up_in_its_parent()
    {
        var sql = DatImportForeignKeys.MissingParentSql("dat_entry",
            [new ForeignKey("dat_file", [("dat_id", "dat_id")]), new ForeignKey("game_release", [("release_id", null)])]);

        await Assert.That(sql).IsEqualTo(
            "SELECT c.rowid FROM \"dat_entry\" c WHERE c.rowid >= $first AND (" +
            "(c.\"dat_id\" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM \"dat_file\" p WHERE p.\"dat_id\" = c.\"dat_id\"))" +
            " OR (c.\"release_id\" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM \"game_release\" p WHERE p.rowid = c.\"release_id\"))) LIMIT 1");
    }

    [Test]
    public async Task A_key_inside_the_appended_ids_is_still_found_missing_when_a_row_of_them_is_gone_or_not_an_integer()
    {
        foreach (var (release, gap) in new[] { ("2", true), ("2.5", false), ("'2'", false), ("'two'", false) })
        {
            using var database = new TestDatabase();
            var connection = database.Connection;
            string? refused = null;
            using (var foreignKeys = DatImportForeignKeys.Deferred(connection))
            {
                using var transaction = connection.BeginTransaction();
                foreignKeys.Begin(transaction);
                Sql.Execute(connection, "INSERT INTO atomic_game_unit (atomic_id, platform_id, canonical_title, title_key) VALUES (1, 1, 'A', 'a')");
                for (var id = 1; id <= 3; id++)
                {
                    Sql.Execute(connection, $"INSERT INTO game_release (release_id, atomic_id, platform_id, release_name) VALUES ({id}, 1, 1, 'R{id}')");
                }

                if (gap)
                {
                    Sql.Execute(connection, "DELETE FROM game_release WHERE release_id = 2");
                }

                // Release 2 is gone (a gap in the appended ids), or the key is a value that is no row id.
                Sql.Execute(connection, $"INSERT INTO dat_entry (dat_id, release_id, game_name, rom_name) VALUES (NULL, {release}, 'g', 'r')");
                try
                {
                    foreignKeys.Check(transaction);
                }
                catch (DatImportException error)
                {
                    refused = error.Message;
                }
            }

            var stored = Sql.Scalar<long>(connection, "SELECT count(*) FROM dat_entry");
            if (release == "'2'")
            {
                // Stored as the integer 2 (the column's affinity): release 2 is there, nothing is refused.
                await Assert.That(refused).IsNull();
                continue;
            }

            await Assert.That(refused).IsNotNull();
            await Assert.That(refused!).Contains("dat_entry").And.Contains("game_release");
            await Assert.That(stored).IsEqualTo(0L);
        }
    }

    [Test]
    public async Task Keys_inside_a_range_of_parent_ids_all_there_are_not_looked_up()
    {
        var sql = DatImportForeignKeys.MissingParentSql("dat_entry",
            [new ForeignKey("game_release", [("release_id", null)], new IdRange(10, 20))]);

        await Assert.That(sql).IsEqualTo(
            "SELECT c.rowid FROM \"dat_entry\" c WHERE c.rowid >= $first AND (" +
            "(c.\"release_id\" IS NOT NULL AND NOT (typeof(c.\"release_id\") = 'integer' AND c.\"release_id\" BETWEEN 10 AND 20) AND " +
            "NOT EXISTS (SELECT 1 FROM \"game_release\" p WHERE p.rowid = c.\"release_id\"))) LIMIT 1");
    }

    [Test]
    public async Task A_parent_key_of_integer_primary_key_desc_is_not_the_row_id_and_gets_no_range()
    {
        using var database = new TestDatabase();
        var connection = database.Connection;
        // "INTEGER PRIMARY KEY DESC" as a column's constraint is SQLite's quirk: an ordinary column with an index of its
        // own, not the row id. Rows 1 and 2 hold ids 10 and 20, so a key of 1 has no parent although row id 1 is there.
        Sql.Execute(connection, "CREATE TABLE parent_desc (id INTEGER PRIMARY KEY DESC, label TEXT)");
        Sql.Execute(connection, "INSERT INTO parent_desc (id, label) VALUES (10, 'a'), (20, 'b')");
        Sql.Execute(connection, "CREATE TABLE parent_alias (id INTEGER, label TEXT, PRIMARY KEY (id DESC))");
        Sql.Execute(connection, "INSERT INTO parent_alias (id, label) VALUES (1, 'a'), (2, 'b')");
        using var transaction = connection.BeginTransaction();
        var ranges = new ParentRowRanges(transaction, new Dictionary<string, long>());

        await Assert.That(ranges.Of(new ForeignKey("parent_desc", [("parent_id", "id")]))).IsNull();
        await Assert.That(ranges.Of(new ForeignKey("parent_desc", [("parent_id", null)]))).IsNull();
        // A table constraint's "PRIMARY KEY (id DESC)" is the row id: its range is counted.
        await Assert.That(ranges.Of(new ForeignKey("parent_alias", [("parent_id", "id")]))).IsEqualTo(new IdRange(1, 2));
    }

    [Test]
    public async Task A_new_dat_and_a_damaged_one_leave_the_keys_on()
    {
        using var database = new TestDatabase();
        using var folder = new TempDirectory();
        var importer = new DatImporter(database.Connection);
        const string Header = "<?xml version=\"1.0\"?>\n<datafile>\n<header><name>Test - Keys</name><version>1</version></header>\n";
        const string Game = "<game name=\"A (USA)\"><rom name=\"a.bin\" size=\"1\" crc=\"00000001\"/></game>\n";

        var damaged = importer.Import(folder.Write("bad.dat", Header + Game + "<game name=\"broken\" <rom"), null, CancellationToken.None);
        var keysAfterDamaged = Sql.Scalar<long>(database.Connection, "PRAGMA foreign_keys");
        var good = importer.Import(folder.Write("good.dat", Header + Game + "</datafile>\n"), null, CancellationToken.None);

        await Assert.That(damaged.Status).IsEqualTo("failed");
        await Assert.That(keysAfterDamaged).IsEqualTo(1L);
        await Assert.That(good.Status).IsEqualTo("completed");
        await Assert.That(Sql.Scalar<long>(database.Connection, "PRAGMA foreign_keys")).IsEqualTo(1L);
        await Assert.That(Sql.Scalar<long>(database.Connection, "SELECT count(*) FROM pragma_foreign_key_check")).IsEqualTo(0L);
        await Assert.That(Sql.Scalar<long>(database.Connection, "SELECT count(*) FROM dat_entry")).IsEqualTo(1L);
    }
}
