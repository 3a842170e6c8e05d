using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using RomCurator.Core.Configuration;
using RomCurator.Core.Dats.Import;
using RomCurator.Core.Matching;
using RomCurator.Core.Runs;
using RomCurator.Core.Storage;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Storage;

/// <summary>
/// A cancel reaches a statement that is running (sqlite3_interrupt): the statement stops, its transaction rolls back,
/// and the run ends cancelled as it does between two statements. Every statement here would run for minutes: it is
/// cancelled once it has started (a function it calls says so), so the outcome does not depend on the machine's speed.
/// </summary>
public sealed class StatementInterruptTests
{
    /// <summary>Counts to 10^9: well over a minute on any machine this runs on, unless interrupted.</summary>
    private const string CountToABillion =
        "WITH RECURSIVE c(x) AS (SELECT started() UNION ALL SELECT x + 1 FROM c WHERE x < 1000000000) SELECT count(*) FROM c";

    [Test]
    public async Task A_cancel_stops_a_running_query_and_the_connection_stays_usable()
    {
        using var database = new TestDatabase();
        var connection = database.Connection;
        using var cancel = new CancellationTokenSource();
        var canceller = CancelOnceStarted(connection, cancel);

        var outcome = await Outcome(() =>
        {
            using var interrupt = StatementInterrupt.OnCancel(connection, cancel.Token);
            return connection.Once(CountToABillion).Long();
        });

        await canceller;
        await Assert.That(outcome).IsEqualTo("cancelled");
        await Assert.That(connection.Once("SELECT 42").Long()).IsEqualTo(42L).Because("a later statement is not interrupted");
    }

    [Test]
    public async Task A_cancel_during_a_long_insert_leaves_nothing_of_its_transaction()
    {
        using var database = new TestDatabase();
        var connection = database.Connection;
        connection.Once("CREATE TABLE t (x INTEGER)").Execute();
        connection.Once("INSERT INTO t VALUES (-1)").Execute();
        using var cancel = new CancellationTokenSource();
        var canceller = CancelOnceStarted(connection, cancel);

        var outcome = await Outcome(() =>
        {
            using var transaction = connection.BeginTransaction();
            using var interrupt = StatementInterrupt.OnCancel(connection, cancel.Token);
            transaction.Once("INSERT INTO t VALUES (0)").Execute();
            return (long?)transaction.Once("INSERT INTO t " + CountToABillion.Replace("SELECT count(*) FROM c", "SELECT x FROM c WHERE x % 1000 = 0")).Execute();
        });

        await canceller;
        await Assert.That(outcome).IsEqualTo("cancelled");
        await Assert.That(Sql.Column(connection, "SELECT x FROM t")).IsEquivalentTo(["-1"]).Because("the transaction rolled back whole");
        using (var next = connection.BeginTransaction())
        {
            next.Once("INSERT INTO t VALUES (1)").Execute();
            next.Commit();
        }

        await Assert.That(Sql.Scalar<long>(connection, "SELECT count(*) FROM t")).IsEqualTo(2L);
    }

    [Test]
    public async Task An_interrupted_read_streamed_row_by_row_comes_out_as_a_cancel()
    {
        using var database = new TestDatabase();
        var connection = database.Connection;
        using var cancel = new CancellationTokenSource();
        var canceller = CancelOnceStarted(connection, cancel);

        var outcome = await Outcome(() =>
        {
            using var interrupt = StatementInterrupt.OnCancel(connection, cancel.Token);
            return (long?)connection.Once(CountToABillion.Replace("SELECT count(*) FROM c", "SELECT x FROM c WHERE x = 999999999"))
                .Stream(row => row.Long(0)).Count();
        });

        await canceller;
        await Assert.That(outcome).IsEqualTo("cancelled");
    }

    [Test]
    public async Task Already_cancelled_throws_before_any_statement()
    {
        using var database = new TestDatabase();
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        await Assert.That(() => StatementInterrupt.OnCancel(database.Connection, cancel.Token)).Throws<OperationCanceledException>();
    }

    [Test]
    public async Task A_dat_import_cancelled_in_a_long_statement_ends_cancelled_with_nothing_written_and_imports_again()
    {
        using var database = new TestDatabase();
        var connection = database.Connection;
        var dat = Path.Combine(Path.GetDirectoryName(database.Path)!, "many.dat");
        File.WriteAllText(dat, ThousandGameDat(null));
        // The import's last statement (the DAT marked complete) becomes a billion-row join: cancelled while it runs.
        SlowTrigger(connection, "AFTER UPDATE OF file_sha1 ON dat_file");
        using var cancel = new CancellationTokenSource();
        var canceller = CancelOnceStarted(connection, cancel);

        var cancelled = await Task.Run(() => new DatImporter(connection).Import(dat, "gb", cancel.Token)).WaitAsync(Wait.HangGuard);
        await canceller;
        var written = Sql.Scalar<long>(connection, "SELECT count(*) FROM dat_file") + Sql.Scalar<long>(connection, "SELECT count(*) FROM dat_entry");
        var recorded = Sql.Scalar<string>(connection, $"SELECT status FROM import_log WHERE log_id = {cancelled.RunId}");
        Sql.Execute(connection, "DROP TRIGGER slow");
        var again = new DatImporter(connection).Import(dat, "gb", CancellationToken.None);

        await Assert.That(cancelled.Status).IsEqualTo(RunStatus.Cancelled);
        await Assert.That(cancelled.Error).IsEqualTo("interrupted; import the DAT again to finish");
        await Assert.That(written).IsEqualTo(0L).Because("the import's transaction rolled back whole");
        await Assert.That(recorded).IsEqualTo(RunStatus.Cancelled);
        await Assert.That(again.Status).IsEqualTo(RunStatus.Completed);
        await Assert.That(Sql.Scalar<long>(connection, "SELECT count(*) FROM dat_entry")).IsEqualTo(1000L);
    }

    [Test]
    public async Task A_match_cancelled_in_its_hash_join_is_recorded_cancelled_and_links_nothing_until_the_next_match()
    {
        using var fixture = new ScanFixture();
        var rom = Fixtures.Bytes(3000, 7);
        fixture.Write("Game 7 (USA).gb", rom);
        fixture.AddRoot();
        fixture.Scan();
        using var connection = fixture.Open();
        var dat = fixture.Write("../many.dat", ThousandGameDat(rom));
        new DatImporter(connection).Import(dat, "gb", CancellationToken.None);
        // The hash matcher's first link written becomes a billion-row join: cancelled while it runs.
        SlowTrigger(connection, "AFTER INSERT ON dat_atomic_link");
        using var cancel = new CancellationTokenSource();
        var canceller = CancelOnceStarted(connection, cancel);

        var outcome = await Outcome(() => Match(connection, cancel.Token).MatchedHash);
        await canceller;
        var linked = Sql.Scalar<long>(connection, "SELECT count(*) FROM dat_atomic_link WHERE rom_id IS NOT NULL");
        var recorded = Sql.Column(connection, "SELECT l.status FROM import_log l JOIN metadata_source s USING (source_id) WHERE s.name = 'matching'");
        Sql.Execute(connection, "DROP TRIGGER slow");
        var again = Match(connection, CancellationToken.None);

        await Assert.That(outcome).IsEqualTo("cancelled");
        await Assert.That(linked).IsEqualTo(0L).Because("the matcher's transaction rolled back whole");
        await Assert.That(recorded).IsEquivalentTo([RunStatus.Cancelled]);
        await Assert.That(again.MatchedHash).IsEqualTo(1L);
    }

    /// <summary>`romcurator match`'s run: recorded in import_log, cancelled when it throws a cancel.</summary>
    private static MatchSummary Match(SqliteConnection connection, CancellationToken cancellation) =>
        new MatchRun(connection, new MatchingSettings(), CandidateOrder.DefaultPreferences).Run(cancellation);

    /// <summary>A Game Boy DAT of 1,000 games; with <paramref name="rom"/>, game 7 is that file by SHA-1.</summary>
    private static string ThousandGameDat(byte[]? rom)
    {
        var games = Enumerable.Range(0, 1000).Select(i => i == 7 && rom is not null
            ? $"game ( name \"Game 7 (USA)\" rom ( name \"Game 7 (USA).gb\" size {rom.Length} sha1 {Convert.ToHexStringLower(SHA1.HashData(rom))} ) )"
            : $"game ( name \"Game {i} (USA)\" rom ( name \"Game {i} (USA).gb\" size {1000 + i} crc {i:x8} ) )");
        return "clrmamepro ( name \"Nintendo - Game Boy\" version \"1\" )\n" + string.Join("\n", games) + "\n";
    }

    /// <summary>
    /// A trigger making the statement that fires it a join of 10^9 rows over the DAT's entries (a CTE is not allowed in a
    /// trigger); <c>started()</c> says when it runs. Not a TEMP trigger: the DAT import sets temp_store, which drops those.
    /// </summary>
    private static void SlowTrigger(SqliteConnection connection, string when) => Sql.Execute(connection,
        $"CREATE TRIGGER slow {when} BEGIN SELECT started(); SELECT count(*) FROM dat_entry a, dat_entry b, dat_entry c; END");

    /// <summary>Registers <c>started()</c> on the connection; cancels <paramref name="cancel"/> once a statement calls it.</summary>
    private static Task CancelOnceStarted(SqliteConnection connection, CancellationTokenSource cancel)
    {
        var started = new ManualResetEventSlim();
        connection.CreateFunction("started", () =>
        {
            started.Set();
            return 1L;
        });
        return Task.Run(() =>
        {
            if (!started.Wait(Wait.HangGuard))
            {
                throw new TimeoutException("the slow statement never started");
            }

            cancel.Cancel();
            started.Dispose();
        });
    }

    /// <summary>Runs <paramref name="work"/> on another thread: "cancelled", "failed: …", or its value (the hang guard applies).</summary>
    private static async Task<string> Outcome(Func<long?> work)
    {
        try
        {
            return $"{await Task.Run(work).WaitAsync(Wait.HangGuard)}";
        }
        catch (OperationCanceledException)
        {
            return "cancelled";
        }
        catch (SqliteException error)
        {
            return "failed: " + error.Message;
        }
    }
}
