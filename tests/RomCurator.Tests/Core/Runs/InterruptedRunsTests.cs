using System.Text.Json;
using RomCurator.Core.Scans;
using RomCurator.Core.Pipeline;
using RomCurator.Core.Runs;
using RomCurator.Tests.Support;
using RomCurator.Tui.Cli;

namespace RomCurator.Tests.Core.Runs;

public sealed class InterruptedRunsTests
{
    [Test]
    public async Task A_dat_import_left_running_by_a_dead_process_is_closed_by_the_next_import_but_not_while_one_is_live()
    {
        using var home = new TempDirectory();
        var dat = home.Write("gb.dat", "clrmamepro ( name \"Nintendo - Game Boy\" )\ngame ( name \"A (USA)\" rom ( name \"A (USA).gb\" size 4 crc 12345678 ) )\n");
        var stale = StartRun(home, "dat_import");

        long stillRunning;
        using (JobLock.Acquire(Database(home), JobLocks.DatImport, "a DAT import"))
        {
            var busy = CliRun.Invoke(home, "dat", "import", dat);
            await Assert.That(busy.ExitCode).IsEqualTo(ExitCodes.Busy);
            await Assert.That(busy.Error).Contains($"a DAT import is in progress (pid {Environment.ProcessId})");
            stillRunning = Count(home, $"SELECT count(*) FROM import_log WHERE log_id = {stale} AND status = 'running'");
        }

        var import = CliRun.Invoke(home, "dat", "import", dat);

        await Assert.That(stillRunning).IsEqualTo(1L).Because("a run whose lock is held is live: it is left alone");
        await Assert.That(import.ExitCode).IsEqualTo(ExitCodes.Ok).Because(import.Error);
        await Assert.That(Status(home, stale)).IsEqualTo("failed");
        await Assert.That(Interrupted(home, stale)).Contains("import it again");
    }

    [Test]
    public async Task A_match_run_left_running_is_closed_by_the_next_match_and_match_waits_for_a_scan()
    {
        using var home = new TempDirectory();
        Directory.CreateDirectory(home.File("lib"));
        File.WriteAllBytes(home.File("lib/a.gb"), new byte[3000]);
        CliRun.Invoke(home, "roots", "add", home.File("lib"));
        var stale = StartRun(home, "matching");
        var settings = new RomCurator.Core.Configuration.SettingsLoader(Paths(home)).Load();
        using var paused = new PausingProgress<ScanProgress>(p => p.FilesProcessed >= 1);
        var scan = Task.Run(() => new IngestionJob(new ScanRequest(settings), paused).Run(CancellationToken.None));
        paused.WaitUntilPaused();

        var busy = CliRun.Invoke(home, "match");
        var liveScan = Count(home, "SELECT count(*) FROM import_log WHERE status = 'running'");
        paused.Resume();
        await scan;
        var match = CliRun.Invoke(home, "match", "--json");

        await Assert.That(busy.ExitCode).IsEqualTo(ExitCodes.Busy);
        await Assert.That(busy.Error).Contains("a scan is in progress");
        await Assert.That(liveScan).IsEqualTo(1L).Because("only the live scan is running: the scan closed the dead match run");
        await Assert.That(match.ExitCode).IsEqualTo(ExitCodes.Ok);
        await Assert.That(Status(home, stale)).IsEqualTo("failed");
        await Assert.That(Interrupted(home, stale)).Contains("run 'romcurator match' again");
    }

    [Test]
    public async Task A_scan_left_running_without_a_checkpoint_is_closed_by_the_next_scan()
    {
        using var home = new TempDirectory();
        Directory.CreateDirectory(home.File("lib"));
        CliRun.Invoke(home, "roots", "add", home.File("lib"));
        var stale = StartRun(home, "file_ingestion");

        var scan = CliRun.Invoke(home, "scan", "--json");

        await Assert.That(scan.ExitCode).IsEqualTo(ExitCodes.Ok);
        using var summary = JsonDocument.Parse(scan.Output);
        await Assert.That(summary.RootElement.GetProperty("run_id").GetInt64()).IsNotEqualTo(stale);
        await Assert.That(Status(home, stale)).IsEqualTo("failed");
        await Assert.That(Interrupted(home, stale)).StartsWith("interrupted: the process running it stopped");
    }

    private static long StartRun(TempDirectory home, string source)
    {
        CliRun.Invoke(home, "db", "info");
        using var connection = RomCurator.Core.Storage.DatabaseOpener.Open(Database(home));
        return new ImportRunStore(connection).Start(source);
    }

    private static string Database(TempDirectory home) => home.File("data/romcurator/romcurator.db");

    private static long Count(TempDirectory home, string sql)
    {
        using var connection = RomCurator.Core.Storage.DatabaseOpener.Open(Database(home));
        return Sql.Scalar<long>(connection, sql);
    }

    private static string Status(TempDirectory home, long run)
    {
        using var connection = RomCurator.Core.Storage.DatabaseOpener.Open(Database(home));
        return Sql.Scalar<string>(connection, $"SELECT status FROM import_log WHERE log_id = {run}");
    }

    private static string Interrupted(TempDirectory home, long run)
    {
        using var connection = RomCurator.Core.Storage.DatabaseOpener.Open(Database(home));
        using var notes = JsonDocument.Parse(Sql.Scalar<string>(connection, $"SELECT notes FROM import_log WHERE log_id = {run}"));
        return notes.RootElement.GetProperty("interrupted").GetString()!;
    }

    private static RomCurator.Core.Configuration.AppPaths Paths(TempDirectory home) => new(name => name switch
    {
        "HOME" => home.Path,
        "XDG_DATA_HOME" => home.File("data"),
        "XDG_CONFIG_HOME" => home.File("config"),
        _ => null,
    });
}
