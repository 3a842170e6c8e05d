namespace RomCurator.Tests.Hostile;

/// <summary>Runs one hostile case in a fresh workspace and checks the three promises every case must keep.</summary>
public static class HostileCaseRunner
{
    public static CaseResult Run(HostileCase hostile)
    {
        using var workspace = new HostileWorkspace();
        CaseOutcome outcome;
        try
        {
            outcome = hostile.Run(workspace);
        }
        catch (Exception error)
        {
            return new CaseResult(hostile, null, [$"the case threw {error.GetType().Name}: {workspace.Clean(error.Message)}"]);
        }

        var failures = new List<string>();
        if (!outcome.FinishedCleanly)
        {
            failures.Add($"did not finish cleanly ({outcome.Finished})");
        }

        if (!outcome.Recorded.Contains(hostile.Expected, StringComparison.Ordinal))
        {
            failures.Add($"expected the recorded message to contain '{hostile.Expected}'");
        }

        failures.AddRange(workspace.WritesOutsideDataFolder().Select(change => "wrote outside the data folder: " + change));
        return new CaseResult(hostile, outcome, failures);
    }
}
