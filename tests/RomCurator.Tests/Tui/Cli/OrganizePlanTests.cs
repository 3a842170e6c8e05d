using System.Text.Json;
using RomCurator.Core.Diagnostics;
using RomCurator.Tests.Support;
using RomCurator.Tui.Cli;

namespace RomCurator.Tests.Tui.Cli;

/// <summary>
/// A plan shown is remembered by number and applied exactly (`organize --apply PLAN_ID`); a library that changed in
/// between is refused with one line, nothing moved. A dry run settles nothing: it reports moves left pending.
/// </summary>
public sealed class OrganizePlanTests
{
    [Test]
    public async Task The_plan_shown_is_applied_by_its_number_and_only_once()
    {
        using var home = new TempDirectory();
        var files = OrganizeVerbTests.Library(home, 2);

        var shown = CliRun.Invoke(home, "organize", "--dry-run", "--json");
        var text = CliRun.Invoke(home, "organize");
        using var plan = JsonDocument.Parse(shown.Output);
        var planId = plan.RootElement.GetProperty("plan_id").GetInt64();
        var apply = CliRun.Invoke(home, "organize", "--apply", planId.ToString(), "--yes", "--json");
        var again = CliRun.Invoke(home, "organize", "--apply", planId.ToString(), "--yes");

        await Assert.That(plan.RootElement.GetProperty("recovery_due").GetInt32()).IsEqualTo(0);
        await Assert.That(text.Output).Contains($"plan {planId}: apply exactly this plan with: romcurator organize --apply {planId}")
            .Because("the same moves shown again keep their number");
        await Assert.That(apply.ExitCode).IsEqualTo(ExitCodes.Ok).Because(apply.Error);
        await Assert.That(apply.Output).Contains("\"moved\":2");
        await Assert.That(OrganizeVerbTests.Snapshot(home).Keys.Order()).IsEquivalentTo(files.Keys.Select(i => $"Nintendo - Game Boy/USA/Game {i} (USA).gb").Order());
        await Assert.That(again.ExitCode).IsEqualTo(ExitCodes.Failed);
        await Assert.That(again.Error.Trim()).StartsWith($"romcurator: the library changed since plan {planId} was shown (2 moves then, 0 now");
    }

    [Test]
    public async Task A_plan_whose_library_changed_is_refused_and_nothing_moves()
    {
        using var home = new TempDirectory();
        OrganizeVerbTests.Library(home, 3);
        using var plan = JsonDocument.Parse(CliRun.Invoke(home, "organize", "--dry-run", "--json").Output);
        var planId = plan.RootElement.GetProperty("plan_id").GetInt64();
        // Something else now sits where the plan puts the second file: made again, that line is a conflict.
        home.Write("lib/Nintendo - Game Boy/USA/Game 1 (USA).gb", "someone else's file");
        var before = OrganizeVerbTests.Snapshot(home);

        var apply = CliRun.Invoke(home, "organize", "--apply", planId.ToString(), "--yes");

        await Assert.That(apply.ExitCode).IsEqualTo(ExitCodes.Failed);
        await Assert.That(apply.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length).IsEqualTo(1);
        await Assert.That(apply.Error).Contains($"the library changed since plan {planId} was shown (3 moves then, 2 now");
        await Assert.That(OrganizeVerbTests.Snapshot(home)).IsEquivalentTo(before);
    }

    [Test]
    [Arguments("organize 3", ExitCodes.Usage, "takes a plan number only after --apply")]
    [Arguments("organize --apply x --yes", ExitCodes.Usage, "--apply takes a plan number")]
    [Arguments("organize --apply 999 --yes", ExitCodes.Failed, "there is no organizer plan 999")]
    public async Task Plan_numbers_are_checked(string command, int exitCode, string message)
    {
        using var home = new TempDirectory();
        OrganizeVerbTests.Library(home, 1);

        var run = CliRun.Invoke(home, command.Split(' '));

        await Assert.That(run.ExitCode).IsEqualTo(exitCode);
        await Assert.That(run.Error).Contains(message);
    }

    [Test]
    public async Task A_dry_run_reports_a_pending_move_and_settles_nothing()
    {
        using var home = new TempDirectory();
        OrganizeVerbTests.Library(home, 1);
        var killed = RomCuratorProcess.Run(home.Path, ["organize", "--apply", "--yes"], new Dictionary<string, string> { [CrashPoint.Variable] = "organize.moved:1" });
        var before = OrganizeVerbTests.Snapshot(home);
        var emptied = Directory.Exists(home.File("lib/incoming"));

        var json = CliRun.Invoke(home, "organize", "--dry-run", "--json");
        var text = CliRun.Invoke(home, "organize");
        var pendingAfterDryRuns = Pending(home);
        var folderAfterDryRuns = Directory.Exists(home.File("lib/incoming"));
        var apply = CliRun.Invoke(home, "organize", "--apply", "--yes", "--json");

        await Assert.That(killed.ExitCode).IsEqualTo(137);
        await Assert.That(emptied).IsTrue().Because("the kill came before the run removed the folder it emptied");
        using var plan = JsonDocument.Parse(json.Output);
        await Assert.That(plan.RootElement.GetProperty("recovery_due").GetInt32()).IsEqualTo(1);
        await Assert.That(text.Output).Contains("note: 1 move of an interrupted organizer run is still pending; this dry run leaves them alone");
        await Assert.That(pendingAfterDryRuns).IsEqualTo(1L);
        await Assert.That(folderAfterDryRuns).IsTrue().Because("a dry run removes no folder either");
        await Assert.That(OrganizeVerbTests.Snapshot(home)).IsEquivalentTo(before);
        await Assert.That(Directory.Exists(home.File("lib/incoming"))).IsFalse().Because("the apply settled the move first and removed the emptied folder");
        await Assert.That(apply.Output).Contains("\"recovered\":1");
        await Assert.That(Pending(home)).IsEqualTo(0L);
    }

    private static long Pending(TempDirectory home)
    {
        using var connection = RomCurator.Core.Storage.DatabaseOpener.Open(home.File("data/romcurator/romcurator.db"));
        return Sql.Scalar<long>(connection, "SELECT count(*) FROM file_operation_log WHERE status = 'pending'");
    }
}
