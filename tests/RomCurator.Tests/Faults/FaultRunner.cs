namespace RomCurator.Tests.Faults;

/// <summary>
/// Runs an operation's fault injection: builds its fixture once and keeps it pristine; runs it uninterrupted as the
/// reference, counting the crash points it passes; plans the kills from the seed; then for each kill starts from the
/// pristine fixture, runs the real program until it SIGKILLs itself, checks the start-up recovery, restarts the same
/// command, and compares the result with the reference.
/// </summary>
public static class FaultRunner
{
    public const int SigKillExit = 137;

    public static FaultRun Run(FaultOperation operation, int seed, int kills)
    {
        using var workspace = new FaultWorkspace();
        var original = Prepare(operation, workspace);
        var reference = ReferenceRun.Take(operation, workspace);
        var results = CrashPlanner.Plan(seed, reference.Counts, kills)
            .Select(crash => KillAndRestart(operation, workspace, crash, reference, original))
            .ToList();
        return new FaultRun(operation, seed, reference.Counts, results);
    }

    /// <summary>Builds the fixture and keeps it as the pristine state; returns its user files.</summary>
    public static DiskSnapshot Prepare(FaultOperation operation, FaultWorkspace workspace)
    {
        operation.Build(workspace);
        workspace.Save();
        var original = workspace.UserFiles();
        if (original.Contents.Distinct(StringComparer.Ordinal).Count() != original.Contents.Count)
        {
            throw new InvalidOperationException($"{operation.Name}: the fixture's files must all differ, so 'exactly once' can be checked");
        }

        return original;
    }

    private static FaultResult KillAndRestart(FaultOperation operation, FaultWorkspace workspace, CrashPair crash, ReferenceRun reference, DiskSnapshot original)
    {
        workspace.Restore();
        var checks = new CheckList();
        var killed = workspace.Run(operation.Arguments(workspace), crash);
        var kill = killed.ExitCode switch
        {
            SigKillExit => "killed (SIGKILL)",
            0 => "not reached: the run completed",
            var code => $"not killed: exit {code}",
        };
        if (killed.ExitCode != SigKillExit)
        {
            checks.Fail($"{kill}: {FirstLine(killed.Error)}");
        }

        if (operation.RecoveryCheck is { } recovery)
        {
            checks.Check(recovery, operation.CheckRecovery(workspace, original));
        }

        var restart = workspace.Run(operation.Arguments(workspace));
        checks.Check(FaultChecks.Restart, restart.ExitCode == 0 ? [] : [$"the restart exited {restart.ExitCode}: {FirstLine(restart.Error)}"]);
        FinalStateChecks.Run(operation, workspace, reference, original, checks);
        return new FaultResult(crash, reference.Counts[crash.Point], kill, checks.Passed, checks.Failures);
    }

    private static string FirstLine(string text) => text.Trim().Split('\n')[0];
}
