using RomCurator.Tests.Hostile;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Faults;

/// <summary>
/// The fault-injection suite: scan, DAT import and organize-apply, each killed with SIGKILL at seeded, reproducible
/// crash points (at least <see cref="Kills"/> each) by the real program, restarted, and compared with an
/// uninterrupted run. The results are rendered into docs/reliability.md: a document that differs fails the run
/// (ROMCURATOR_UPDATE_DOCS=1 rewrites it instead). ROMCURATOR_FAULT_SEED=N chooses other kills
/// (checked the same way; the document is then left alone).
/// </summary>
public sealed class FaultInjectionTests
{
    public const int DefaultSeed = 20261207;
    public const int Kills = 24;

    public static readonly IReadOnlyList<FaultOperation> Operations = [new ScanFaults(), new DatImportFaults(), new OrganizeFaults()];

    private static int Seed => int.TryParse(Environment.GetEnvironmentVariable("ROMCURATOR_FAULT_SEED"), out var seed) ? seed : DefaultSeed;

    public static IEnumerable<Func<string>> OperationNames() => Operations.Select(o => (Func<string>)(() => o.Name));

    [Test]
    [MethodDataSource(nameof(OperationNames))]
    public async Task Killed_and_restarted(string operation)
    {
        var run = FaultRunner.Run(Operations.Single(o => o.Name == operation), Seed, Kills);
        FaultResults.Record(run);

        await Assert.That(run.Results.Count).IsGreaterThanOrEqualTo(20);
        await Assert.That(run.Results.Where(r => !r.Succeeded).Select(r => $"{r.Crash}: {string.Join("; ", r.Failures)}")).IsEmpty();
    }

    [Test]
    [DependsOn(nameof(Killed_and_restarted), [typeof(string)], ProceedOnFailure = true)]
    [NotInParallel(ReliabilityDocument.Writers)]
    public async Task Reliability_document_lists_every_kill()
    {
        var runs = FaultResults.All(Operations);
        await Assert.That(runs).IsNotNull().Because("every operation must run in this process to render the table");
        if (Seed != DefaultSeed)
        {
            return;
        }

        await Assert.That(ReliabilityDocument.Stale(FaultTable.Section, FaultTable.Render(runs!), nameof(FaultInjectionTests))).IsNull();
    }

    [Test]
    public async Task Every_table_is_compared_or_excluded_with_a_reason()
    {
        using var home = new TempDirectory();
        using var connection = RomCurator.Core.Storage.DatabaseOpener.OpenAndMigrate(home.File("romcurator.db"));
        var tables = Sql.Column(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");

        await Assert.That(tables.Where(t => !DatabaseState.Projections.ContainsKey(t) && !DatabaseState.Excluded.ContainsKey(t))).IsEmpty();
        await Assert.That(DatabaseState.Take(connection).Rows.Keys.Order()).IsEquivalentTo(DatabaseState.Projections.Keys.Order());
    }

    [Test]
    public async Task The_checks_catch_a_killed_run_that_is_not_restarted()
    {
        var operation = new DatImportFaults();
        using var workspace = new FaultWorkspace();
        var original = FaultRunner.Prepare(operation, workspace);
        var reference = ReferenceRun.Take(operation, workspace);
        workspace.Restore();
        var killed = workspace.Run(operation.Arguments(workspace), new CrashPair("dat.committed", 1));
        var checks = new CheckList();

        FinalStateChecks.Run(operation, workspace, reference, original, checks);

        await Assert.That(killed.ExitCode).IsEqualTo(FaultRunner.SigKillExit);
        await Assert.That(checks.Passed).DoesNotContain(FaultChecks.SameState);
        await Assert.That(checks.Failures).Contains(f => f.StartsWith("state = reference: dat_entry: ", StringComparison.Ordinal));
    }

    [Test]
    public async Task The_checks_catch_files_a_killed_organizer_left_half_moved()
    {
        var operation = new OrganizeFaults();
        using var workspace = new FaultWorkspace();
        var original = FaultRunner.Prepare(operation, workspace);
        var reference = ReferenceRun.Take(operation, workspace);
        workspace.Restore();
        var killed = workspace.Run(operation.Arguments(workspace), new CrashPair("organize.copied", 1));
        var checks = new CheckList();

        FinalStateChecks.Run(operation, workspace, reference, original, checks);

        await Assert.That(killed.ExitCode).IsEqualTo(FaultRunner.SigKillExit);
        await Assert.That(checks.Failures).Contains(f => f.StartsWith("files intact: the files are not the original ones, each once (0 lost, 1 duplicated", StringComparison.Ordinal));
        await Assert.That(checks.Failures).Contains(f => f.StartsWith("db = disk: ", StringComparison.Ordinal));
        await Assert.That(checks.Failures).Contains(f => f.StartsWith("no duplicates: moves left pending", StringComparison.Ordinal));
    }
}
