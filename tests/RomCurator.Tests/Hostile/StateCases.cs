using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using RomCurator.Core.Runs;
using static RomCurator.Tests.Hostile.CaseSteps;

namespace RomCurator.Tests.Hostile;

/// <summary>
/// Hostile state around a scan: a malformed config, a database another process holds (a write transaction, or
/// the job lock beside it), a database from a newer RomCurator and a file that is not a database. Each must end in one
/// clear message on stderr, exit code 1 (4, busy, for the job lock), and a database left as it was.
/// </summary>
public static class StateCases
{
    public static IEnumerable<HostileCase> All() =>
    [
        new("config, malformed JSON", "config.json holding '{ \"scan\": { \"batchSize\": 5, } oops'", "config/romcurator/config.json",
            w => RefusedScan(w, () => File.WriteAllText(w.ConfigFile, """{ "scan": { "batchSize": 5, } oops"""))),
        new("config, wrong type", "config.json with \"scan\": { \"batchSize\": \"many\" }", "scan.batchSize must be a whole number, not 'many'",
            w => RefusedScan(w, () => w.Configure("""  "scan": { "batchSize": "many" }  """))),
        new("database locked by another process", "another process holds a write transaction on the database while 'romcurator scan' runs in a second process", "is busy: another romcurator is writing to it",
            LockedDatabase),
        new("scan lock held by another scan", "another process holds the database's job lock (romcurator.lock beside it) while 'romcurator scan' runs in a second process", "a scan is in progress (pid",
            HeldScanLock),
        new("database from a newer version", "a database whose PRAGMA user_version is 999", "newer",
            w => RefusedScan(w, () => NewerDatabase(w.Database), databaseMustStay: true)),
        new("database that is not SQLite", "romcurator.db holding 64 kB of random bytes", "is not a RomCurator database",
            w => RefusedScan(w, () => File.WriteAllBytes(w.Database, Data(65_536, 6)), databaseMustStay: true)),
    ];

    /// <summary>
    /// Adds a root while all is well, breaks something with <paramref name="arrange"/>, then scans in a child
    /// process: it must exit 1 with one line on stderr (and, where asked, leave the database byte-identical).
    /// </summary>
    internal static CaseOutcome RefusedScan(HostileWorkspace workspace, Action arrange, bool databaseMustStay = false)
    {
        workspace.Put(GoodFile, Data(1000, 1));
        if (!databaseMustStay)
        {
            workspace.AddRoot();
        }

        Directory.CreateDirectory(Path.GetDirectoryName(workspace.Database)!);
        arrange();
        var before = databaseMustStay ? Hash(workspace.Database) : null;
        workspace.Baseline();
        var run = workspace.Process(null, "scan");
        var kept = !databaseMustStay || Hash(workspace.Database) == before;
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var finished = $"refused (exit {run.ExitCode}, {lines.Length} line{(lines.Length == 1 ? "" : "s")} on stderr" +
                       (databaseMustStay ? kept ? ", database byte-identical)" : ", DATABASE CHANGED)" : ")");
        return new CaseOutcome(finished, run.ExitCode == 1 && lines.Length == 1 && kept, "stderr", workspace.Clean(run.Error.Trim()));
    }

    private static CaseOutcome LockedDatabase(HostileWorkspace workspace)
    {
        workspace.Put(GoodFile, Data(1000, 1));
        workspace.AddRoot();
        workspace.Baseline();
        ProcessResultWithLock result;
        using (var holder = workspace.Open())
        {
            using var transaction = holder.BeginTransaction(deferred: false);
            using (var write = holder.CreateCommand())
            {
                write.Transaction = transaction;
                write.CommandText = "UPDATE library_root SET name = name";
                write.ExecuteNonQuery();
            }

            var run = workspace.Process(null, "scan");
            result = new ProcessResultWithLock(run.ExitCode, run.Error);
            transaction.Rollback();
        }

        return AfterLock(workspace, result);
    }

    private static CaseOutcome HeldScanLock(HostileWorkspace workspace)
    {
        workspace.Put(GoodFile, Data(1000, 1));
        workspace.AddRoot();
        workspace.Baseline();
        ProcessResultWithLock result;
        using (JobLock.Acquire(workspace.Database, JobLocks.Library, "a scan"))
        {
            var run = workspace.Process(null, "scan");
            // The holder is this test process: its pid changes from run to run, the document should not.
            result = new ProcessResultWithLock(run.ExitCode, run.Error.Replace($"(pid {Environment.ProcessId})", "(pid N)", StringComparison.Ordinal));
        }

        return AfterLock(workspace, result, expectedExitCode: 4);
    }

    /// <summary>The refused scan left one line and its exit code; once the holder lets go, the database is intact and a scan works.</summary>
    private static CaseOutcome AfterLock(HostileWorkspace workspace, ProcessResultWithLock refused, int expectedExitCode = 1)
    {
        var lines = refused.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        string integrity;
        using (var connection = workspace.Open())
        {
            integrity = Support.Sql.Scalar<string>(connection, "PRAGMA integrity_check");
        }

        var after = workspace.Scan();
        var clean = refused.ExitCode == expectedExitCode && lines.Length == 1 && integrity == "ok" && after.Completed;
        return new CaseOutcome($"refused (exit {refused.ExitCode}, {lines.Length} line on stderr); integrity_check {integrity}; the next scan {after.Status}",
            clean, "stderr", workspace.Clean(refused.Error.Trim()));
    }

    private static void NewerDatabase(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        Support.Sql.Execute(connection, "CREATE TABLE future (x); PRAGMA user_version = 999;");
    }

    private static string Hash(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    private sealed record ProcessResultWithLock(int ExitCode, string Error);
}
