using System.Diagnostics;
using Microsoft.Data.Sqlite;
using RomCurator.Core.Storage;
using RomCurator.Tests.Support;
using SQLitePCL;

namespace RomCurator.Tests.Core.Storage;

public sealed class SoleWriterJournalTests
{
    /// <summary>16 MB of rows: more than the page cache holds, so pages are written to the file before the commit.</summary>
    private const string FillPastTheCache =
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 4000) INSERT INTO bulk (payload) SELECT randomblob(4000) FROM n";

    [Test]
    public async Task Alone_the_connection_writes_through_a_rollback_journal_then_the_log_comes_back()
    {
        using var database = new TestDatabase();
        var connection = database.Connection;
        Sql.Execute(connection, "CREATE TABLE bulk (id INTEGER PRIMARY KEY, payload BLOB)");
        bool walDuring, journalDuring;
        string modeDuring;
        long synchronousDuring;
        using (var journal = SoleWriterJournal.TryTake(connection))
        {
            await Assert.That(journal.Taken).IsTrue();
            modeDuring = Sql.Scalar<string>(connection, "PRAGMA journal_mode");
            synchronousDuring = Sql.Scalar<long>(connection, "PRAGMA synchronous");
            using var transaction = connection.BeginTransaction();
            Sql.Execute(connection, FillPastTheCache);
            walDuring = File.Exists(database.Path + "-wal") && new FileInfo(database.Path + "-wal").Length > 0;
            journalDuring = File.Exists(database.Path + "-journal");
            transaction.Commit();
        }

        await Assert.That(modeDuring).IsEqualTo("delete");
        await Assert.That(synchronousDuring).IsEqualTo(2L);
        await Assert.That(walDuring).IsFalse();
        await Assert.That(journalDuring).IsTrue();
        await Assert.That(Sql.Scalar<string>(connection, "PRAGMA journal_mode")).IsEqualTo("wal");
        await Assert.That(Sql.Scalar<long>(connection, "PRAGMA synchronous")).IsEqualTo(1L);
        await Assert.That(Sql.Scalar<long>(connection, "PRAGMA busy_timeout")).IsEqualTo((long)DatabaseOpener.BusyTimeoutMilliseconds);
        await Assert.That(File.Exists(database.Path + "-journal")).IsFalse();
        await Assert.That(Sql.Scalar<long>(connection, "SELECT count(*) FROM bulk")).IsEqualTo(4000L);
        await Assert.That(Sql.Scalar<string>(connection, "PRAGMA integrity_check")).IsEqualTo("ok");
    }

    [Test]
    public async Task Beside_another_open_connection_the_log_stays_and_nothing_waits_for_it()
    {
        using var database = new TestDatabase();
        using var reader = DatabaseOpener.Open(database.Path);
        await Assert.That(Sql.Scalar<long>(reader, "SELECT count(*) FROM platform")).IsGreaterThan(0L);
        // A wait would last the busy timeout (2 min here) or Microsoft.Data.Sqlite's retries (30 s): an attempt that
        // returns before either did not wait, however slow the machine.
        Sql.Execute(database.Connection, "PRAGMA busy_timeout = 120000");
        var clock = Stopwatch.StartNew();

        using var journal = SoleWriterJournal.TryTake(database.Connection);

        // SQLite refuses to leave the log while another connection is open; the attempt does not wait for it.
        await Assert.That(journal.Taken).IsFalse();
        await Assert.That(clock.Elapsed).IsLessThan(TimeSpan.FromSeconds(29));
        await Assert.That(Sql.Scalar<string>(database.Connection, "PRAGMA journal_mode")).IsEqualTo("wal");
        await Assert.That(Sql.Scalar<long>(database.Connection, "PRAGMA synchronous")).IsEqualTo(1L);
        await Assert.That(Sql.Scalar<long>(database.Connection, "PRAGMA busy_timeout")).IsEqualTo(120000L);
    }

    [Test]
    public async Task A_transaction_rolled_back_under_the_journal_leaves_the_database_as_it_was()
    {
        using var database = new TestDatabase();
        var connection = database.Connection;
        Sql.Execute(connection, "CREATE TABLE bulk (id INTEGER PRIMARY KEY, payload BLOB)");
        Sql.Execute(connection, "INSERT INTO bulk (payload) VALUES (x'01')");
        using (SoleWriterJournal.TryTake(connection))
        {
            using var transaction = connection.BeginTransaction();
            Sql.Execute(connection, FillPastTheCache);
            Sql.Execute(connection, "DELETE FROM bulk WHERE id = 1");
            transaction.Rollback();
        }

        await Assert.That(Sql.Column(connection, "SELECT hex(payload) FROM bulk")).IsEquivalentTo(["01"]);
        await Assert.That(Sql.Scalar<string>(connection, "PRAGMA journal_mode")).IsEqualTo("wal");
        await Assert.That(Sql.Scalar<string>(connection, "PRAGMA integrity_check")).IsEqualTo("ok");
    }

    [Test]
    public async Task A_database_not_in_the_log_is_left_as_it_is()
    {
        using var folder = new TempDirectory();
        using var connection = Plain(folder.File("plain.db"));
        Sql.Execute(connection, "PRAGMA journal_mode = TRUNCATE");

        using var journal = SoleWriterJournal.TryTake(connection);

        await Assert.That(journal.Taken).IsFalse();
        await Assert.That(Sql.Scalar<string>(connection, "PRAGMA journal_mode")).IsEqualTo("truncate");
    }

    [Test]
    public async Task Held_by_another_reader_when_disposed_it_stays_durable_until_an_opening_brings_the_log_back()
    {
        using var database = new TestDatabase();
        var connection = database.Connection;
        var journal = SoleWriterJournal.TryTake(connection);
        await Assert.That(journal.Taken).IsTrue();
        // A process that started meanwhile, reading before its opening could set the log again.
        using var reader = Plain(database.Path);
        using var reading = reader.BeginTransaction(deferred: true);
        await Assert.That(Sql.Scalar<long>(reader, "SELECT count(*) FROM platform")).IsGreaterThan(0L);

        journal.Dispose();

        await Assert.That(Sql.Scalar<string>(connection, "PRAGMA journal_mode")).IsEqualTo("delete");
        await Assert.That(Sql.Scalar<long>(connection, "PRAGMA synchronous")).IsEqualTo(2L);
        reading.Commit();
        using (var opened = DatabaseOpener.Open(database.Path))
        {
            await Assert.That(Sql.Scalar<string>(opened, "PRAGMA journal_mode")).IsEqualTo("wal");
        }

        // This connection follows the file at its next read.
        await Assert.That(Sql.Scalar<long>(connection, "SELECT count(*) FROM platform")).IsGreaterThan(0L);
        await Assert.That(Sql.Scalar<string>(connection, "PRAGMA journal_mode")).IsEqualTo("wal");
    }

    [Test]
    public async Task While_taken_another_connection_cannot_read_until_the_transaction_ends_then_reads_all_of_it()
    {
        using var database = new TestDatabase();
        var connection = database.Connection;
        Sql.Execute(connection, "CREATE TABLE bulk (id INTEGER PRIMARY KEY, payload BLOB)");
        using var other = Plain(database.Path);
        int readDuring;
        using (var journal = SoleWriterJournal.TryTake(connection))
        {
            await Assert.That(journal.Taken).IsTrue();
            using var transaction = connection.BeginTransaction();
            // 16 MB: more than the page cache holds, so the writer takes the file's exclusive lock to write them.
            Sql.Execute(connection, FillPastTheCache);
            // The trade: unlike a reader beside a write-ahead log, a reader beside the rollback journal is refused
            // (after its busy timeout; 0 here) until the transaction ends.
            readDuring = StepOnce(other, "SELECT count(*) FROM bulk");
            transaction.Commit();
        }

        await Assert.That(readDuring).IsEqualTo(raw.SQLITE_BUSY);
        await Assert.That(Sql.Scalar<long>(other, "SELECT count(*) FROM bulk")).IsEqualTo(4000L);
        await Assert.That(Sql.Scalar<string>(connection, "PRAGMA journal_mode")).IsEqualTo("wal");
    }

    /// <summary>Prepares and steps <paramref name="sql"/> once on the raw handle with busy timeout 0: SQLite's answer.</summary>
    private static int StepOnce(SqliteConnection connection, string sql)
    {
        var handle = connection.Handle!;
        raw.sqlite3_busy_timeout(handle, 0);
        // Preparing reads the schema first: that read can be the one refused.
        var prepared = raw.sqlite3_prepare_v2(handle, sql, out var statement);
        using (statement)
        {
            return prepared != raw.SQLITE_OK ? prepared : raw.sqlite3_step(statement);
        }
    }

    /// <summary>A connection as SQLite opens it, without RomCurator's settings (no switch to the log).</summary>
    private static SqliteConnection Plain(string path)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        return connection;
    }
}
