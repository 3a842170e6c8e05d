using Microsoft.Data.Sqlite;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Storage;

/// <summary>The migrated schema holds the base model and everything the ingestion plan's DDL declares.</summary>
public sealed class SchemaTests
{
    private static readonly string[] BaseModelTables =
    [
        "platform", "platform_links", "atomic_game_unit", "game_release", "release_artifact", "rom_file",
        "library_root", "file_instance", "import_log", "metadata_source", "dat_entry", "dat_entry_metadata",
        "dat_atomic_link",
    ];

    /// <summary>
    /// Where the schema departs from the plan on purpose. archive_member is keyed by (parent, path), not (parent,
    /// child content): the plan's key kept one row for two members with the same content under different names
    /// (issue 11, item 15; migration 0011).
    /// </summary>
    private static readonly Dictionary<(string Table, string Column), int> PrimaryKeyDeviations = new()
    {
        [("archive_member", "child_rom_id")] = 0,
        [("archive_member", "path_in_archive")] = 2,
    };

    [Test]
    public async Task Every_plan_column_exists_with_its_type_default_and_nullability()
    {
        var plan = PlanSchema.Load();
        using var database = new TestDatabase();
        var problems = new List<string>();

        foreach (var planned in plan.Columns)
        {
            var expected = PrimaryKeyDeviations.TryGetValue((planned.Table, planned.Name), out var keyIndex)
                ? planned with { PrimaryKeyIndex = keyIndex }
                : planned;
            var actual = ReadColumn(database.Connection, expected.Table, expected.Name);
            if (actual is null)
            {
                problems.Add($"{expected.Table}.{expected.Name} is missing");
            }
            else if (!string.Equals(actual.Type, expected.Type, StringComparison.OrdinalIgnoreCase)
                     || actual.NotNull != expected.NotNull
                     || actual.Default != expected.Default
                     || actual.PrimaryKeyIndex != expected.PrimaryKeyIndex)
            {
                problems.Add($"{expected.Table}.{expected.Name}: plan {expected}, database {actual}");
            }
        }

        await Assert.That(plan.Columns.Count).IsGreaterThan(60);
        await Assert.That(problems).IsEmpty();
    }

    [Test]
    public async Task Every_plan_check_constraint_is_present()
    {
        var plan = PlanSchema.Load();
        using var database = new TestDatabase();
        var missing = new List<string>();

        foreach (var check in plan.Checks)
        {
            var tableSql = Sql.Scalar<string>(database.Connection, "SELECT sql FROM sqlite_master WHERE type='table' AND name=$name", ("$name", check.Table));
            if (!PlanSchema.Normalize(tableSql).Contains(check.Clause, StringComparison.Ordinal) && !Widened(PlanSchema.Normalize(tableSql), check.Clause))
            {
                missing.Add($"{check.Table}: {check.Clause}");
            }
        }

        await Assert.That(plan.Checks.Count).IsGreaterThanOrEqualTo(6);
        await Assert.That(missing).IsEmpty();
    }

    /// <summary>
    /// A value list the plan fixes may grow by a migration (values appended, e.g. file_operation_log's 'playlist'): every
    /// value of the plan's <c>CHECK (column IN ('a','b'))</c> stays, in its order, first in the table's list.
    /// </summary>
    private static bool Widened(string tableSql, string clause) =>
        clause.EndsWith("'))", StringComparison.Ordinal) && tableSql.Contains(clause[..^2] + ",'", StringComparison.Ordinal);

    [Test]
    public async Task Widening_a_plan_value_list_keeps_every_plan_value()
    {
        const string clause = "CHECK (kind IN ('a','b'))";

        await Assert.That(Widened("x TEXT CHECK (kind IN ('a','b','c'))", clause)).IsTrue();
        await Assert.That(Widened("x TEXT CHECK (kind IN ('a','c'))", clause)).IsFalse();
        await Assert.That(Widened("x TEXT CHECK (kind IN ('b','a','c'))", clause)).IsFalse();
    }

    [Test]
    public async Task The_base_model_tables_exist()
    {
        using var database = new TestDatabase();
        var tables = Sql.Column(database.Connection, "SELECT name FROM sqlite_master WHERE type='table'");

        foreach (var table in BaseModelTables)
        {
            await Assert.That(tables).Contains(table);
        }
    }

    [Test]
    [Arguments("file_instance", "status", "'gone'")]
    [Arguments("rom_file", "content_role", "'music'")]
    [Arguments("release_artifact", "artifact_type", "'cover'")]
    [Arguments("file_operation_log", "operation_type", "'teleport'")]
    [Arguments("ingestion_queue", "status", "'maybe'")]
    [Arguments("file_discovery", "promotion_state", "'promoted'")]
    [Arguments("import_log", "status", "'paused'")]
    [Arguments("dat_atomic_link", "match_type", "'guess'")]
    public async Task Check_constraints_reject_values_outside_the_plan(string table, string column, string badValue)
    {
        using var database = new TestDatabase();
        SeedOneOfEverything(database.Connection);
        var key = Sql.Scalar<string>(database.Connection, $"SELECT name FROM pragma_table_info('{table}') WHERE pk = 1 LIMIT 1");

        var failure = Assert.Throws<SqliteException>(() =>
            Sql.Execute(database.Connection, $"UPDATE {table} SET {column} = {badValue} WHERE {key} = (SELECT min({key}) FROM {table})"));

        await Assert.That(failure.Message).Contains("CHECK constraint failed");
    }

    [Test]
    [Arguments("rom_file", "sha1")]
    [Arguments("rom_file", "md5")]
    [Arguments("rom_file", "crc32")]
    [Arguments("dat_entry", "rom_sha1")]
    [Arguments("dat_entry", "rom_md5")]
    [Arguments("dat_entry", "rom_crc32")]
    [Arguments("file_instance", "root_id")]
    [Arguments("file_instance", "rom_id")]
    [Arguments("archive_member", "child_rom_id")]
    [Arguments("release_artifact", "rom_id")]
    [Arguments("dat_atomic_link", "rom_id")]
    [Arguments("ingestion_candidate", "rom_id")]
    [Arguments("platform_links", "platform_id")]
    [Arguments("dat_entry_metadata", "title_key")]
    public async Task Lookup_columns_lead_an_index(string table, string column)
    {
        using var database = new TestDatabase();

        var leading = Sql.Column(database.Connection,
            $"SELECT ii.name FROM pragma_index_list('{table}') il JOIN pragma_index_info(il.name) ii WHERE ii.seqno = 0");

        await Assert.That(leading).Contains(column);
    }

    [Test]
    public async Task The_file_ingestion_source_is_seeded()
    {
        using var database = new TestDatabase();

        await Assert.That(Sql.Scalar<long>(database.Connection, "SELECT count(*) FROM metadata_source WHERE name = 'file_ingestion'")).IsEqualTo(1L);
    }

    private static PlanColumn? ReadColumn(SqliteConnection connection, string table, string column)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT type, \"notnull\", dflt_value, pk FROM pragma_table_info($table) WHERE name = $column";
        command.Parameters.AddWithValue("$table", table);
        command.Parameters.AddWithValue("$column", column);
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new PlanColumn(table, column, reader.GetString(0), reader.GetInt32(1) == 1, reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetInt32(3))
            : null;
    }

    private static void SeedOneOfEverything(SqliteConnection connection) => Sql.Execute(connection, """
        INSERT INTO platform (name) VALUES ('Test Platform');
        INSERT INTO import_log (source_id) SELECT source_id FROM metadata_source WHERE name = 'file_ingestion';
        INSERT INTO library_root (name, path) VALUES ('r', '/tmp/r');
        INSERT INTO rom_file (sha1, size_bytes) VALUES ('da39a3ee5e6b4b0d3255bfef95601890afd80709', 0);
        INSERT INTO file_instance (rom_id, root_id, relative_path) VALUES (1, 1, 'a.bin');
        INSERT INTO atomic_game_unit (platform_id, canonical_title, title_key) VALUES (1, 'Game', 'game');
        INSERT INTO game_release (atomic_id, platform_id, release_name) VALUES (1, 1, 'Game (USA)');
        INSERT INTO release_artifact (release_id, rom_id) VALUES (1, 1);
        INSERT INTO dat_entry (game_name) VALUES ('Game (USA)');
        INSERT INTO dat_atomic_link (dat_entry_id, atomic_id, match_type) VALUES (1, 1, 'dat');
        INSERT INTO file_operation_log (operation_type) VALUES ('move');
        INSERT INTO ingestion_queue (root_id, absolute_path) VALUES (1, '/tmp/r/a.bin');
        INSERT INTO file_discovery (log_id, root_id, absolute_path, relative_path) VALUES (1, 1, '/tmp/r/a.bin', 'a.bin');
        """);
}
