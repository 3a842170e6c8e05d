using Microsoft.Data.Sqlite;
using RomCurator.Core.Storage;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Storage;

public sealed class MigrationRunnerTests
{
    [Test]
    public async Task Migrates_an_empty_file_to_the_latest_version()
    {
        using var folder = new TempDirectory();
        using var connection = DatabaseOpener.Open(folder.File("new.db"));
        var runner = new MigrationRunner();

        var applied = runner.Apply(connection);

        await Assert.That(applied).IsEqualTo(EmbeddedMigrations.Load().Count);
        await Assert.That(MigrationRunner.ReadUserVersion(connection)).IsEqualTo(runner.LatestVersion);
        await Assert.That(Sql.Scalar<long>(connection, "SELECT count(*) FROM sqlite_master WHERE type='table' AND name='rom_file'")).IsEqualTo(1L);
    }

    [Test]
    public async Task Running_migrations_again_is_a_no_op()
    {
        using var database = new TestDatabase();
        var schemaBefore = Sql.Column(database.Connection, "SELECT sql FROM sqlite_master ORDER BY name");
        var rowsBefore = Sql.Scalar<long>(database.Connection, "SELECT (SELECT count(*) FROM file_extension) + (SELECT count(*) FROM platform_links) + (SELECT count(*) FROM metadata_source)");

        var applied = new MigrationRunner().Apply(database.Connection);

        await Assert.That(applied).IsEqualTo(0);
        await Assert.That(Sql.Column(database.Connection, "SELECT sql FROM sqlite_master ORDER BY name")).IsEquivalentTo(schemaBefore);
        await Assert.That(Sql.Scalar<long>(database.Connection, "SELECT (SELECT count(*) FROM file_extension) + (SELECT count(*) FROM platform_links) + (SELECT count(*) FROM metadata_source)")).IsEqualTo(rowsBefore);
    }

    [Test]
    public async Task Reopening_the_file_applies_nothing_new()
    {
        using var folder = new TempDirectory();
        var path = folder.File("reopen.db");
        DatabaseOpener.OpenAndMigrate(path).Dispose();

        using var connection = DatabaseOpener.Open(path);
        await Assert.That(new MigrationRunner().Apply(connection)).IsEqualTo(0);
    }

    [Test]
    public async Task A_database_from_a_newer_version_is_refused_and_left_untouched()
    {
        using var folder = new TempDirectory();
        var path = folder.File("future.db");
        using (var connection = DatabaseOpener.Open(path))
        {
            Sql.Execute(connection, "CREATE TABLE from_the_future (x); PRAGMA user_version = 999;");
        }

        using var reopened = DatabaseOpener.Open(path);
        var refusal = Assert.Throws<SchemaTooNewException>(() => new MigrationRunner().Apply(reopened));

        await Assert.That(refusal.Message).Contains("schema version 999");
        await Assert.That(refusal.Message).Contains("newer romcurator");
        await Assert.That(MigrationRunner.ReadUserVersion(reopened)).IsEqualTo(999);
        await Assert.That(Sql.Scalar<long>(reopened, "SELECT count(*) FROM sqlite_master WHERE name='rom_file'")).IsEqualTo(0L);
    }

    [Test]
    public async Task Opening_a_newer_database_refuses_it_without_changing_a_byte()
    {
        using var folder = new TempDirectory();
        var path = folder.File("future.db");
        using (var plain = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            plain.Open();
            Sql.Execute(plain, "CREATE TABLE from_the_future (x); PRAGMA user_version = 999;");
        }

        var before = File.ReadAllBytes(path);

        await Assert.That(() => DatabaseOpener.OpenAndMigrate(path)).Throws<SchemaTooNewException>();
        await Assert.That(File.ReadAllBytes(path)).IsEquivalentTo(before);
        await Assert.That(File.Exists(path + "-wal")).IsFalse();
    }

    [Test]
    public async Task A_failing_migration_rolls_back_completely()
    {
        using var folder = new TempDirectory();
        using var connection = DatabaseOpener.Open(folder.File("broken.db"));
        var migrations = new List<Migration>
        {
            new(1, "0001_ok.sql", "CREATE TABLE first (id INTEGER PRIMARY KEY);"),
            new(2, "0002_broken.sql", "CREATE TABLE second (id INTEGER PRIMARY KEY); INSERT INTO missing_table VALUES (1);"),
        };

        var failure = Assert.Throws<InvalidOperationException>(() => new MigrationRunner(migrations).Apply(connection));

        await Assert.That(failure.Message).Contains("0002_broken.sql");
        await Assert.That(MigrationRunner.ReadUserVersion(connection)).IsEqualTo(1);
        await Assert.That(Sql.Scalar<long>(connection, "SELECT count(*) FROM sqlite_master WHERE name='second'")).IsEqualTo(0L);
    }

    [Test]
    public async Task Embedded_migrations_are_numbered_without_gaps()
    {
        var migrations = EmbeddedMigrations.Load();

        await Assert.That(migrations.Count).IsGreaterThan(0);
        await Assert.That(migrations.Select(m => m.Version)).IsEquivalentTo(Enumerable.Range(1, migrations.Count));
        var onDisk = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "sql"), "*.sql").Select(Path.GetFileName).Order();
        await Assert.That(migrations.Select(m => m.Name).Order()).IsEquivalentTo(onDisk);
    }

    [Test]
    public async Task Connections_use_wal_foreign_keys_and_a_busy_timeout()
    {
        using var database = new TestDatabase();

        await Assert.That(Sql.Scalar<string>(database.Connection, "PRAGMA journal_mode")).IsEqualTo("wal");
        await Assert.That(Sql.Scalar<long>(database.Connection, "PRAGMA foreign_keys")).IsEqualTo(1L);
        await Assert.That(Sql.Scalar<long>(database.Connection, "PRAGMA busy_timeout")).IsEqualTo((long)DatabaseOpener.BusyTimeoutMilliseconds);
        var violation = Assert.Throws<SqliteException>(() =>
            Sql.Execute(database.Connection, "INSERT INTO file_instance (rom_id, root_id, relative_path) VALUES (12345, 67890, 'x')"));
        await Assert.That(violation.Message).Contains("FOREIGN KEY");
    }
}
