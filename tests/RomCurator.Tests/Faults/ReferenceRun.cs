namespace RomCurator.Tests.Faults;

/// <summary>
/// The uninterrupted run every kill is compared with: how often it passed each crash point (it runs in counting
/// mode), the database state and the user files it left.
/// </summary>
public sealed record ReferenceRun(IReadOnlyDictionary<string, int> Counts, DatabaseState State, DiskSnapshot Files)
{
    /// <summary>Runs the operation on the workspace as it is; throws when the run itself fails or fails the checks.</summary>
    public static ReferenceRun Take(FaultOperation operation, FaultWorkspace workspace)
    {
        var tally = workspace.TallyFile();
        var run = workspace.Run(operation.Arguments(workspace), tally: tally);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"{operation.Name}: the uninterrupted run exited {run.ExitCode}: {run.Error}");
        }

        var library = workspace.Disk();
        using var connection = workspace.Open();
        var problems = DatabaseChecks.Integrity(connection)
            .Concat(DatabaseChecks.Duplicates(connection))
            .Concat(DatabaseChecks.AgreesWithDisk(connection, FaultWorkspace.RootName, library))
            .ToList();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"{operation.Name}: the uninterrupted run fails the checks: {string.Join("; ", problems)}");
        }

        return new ReferenceRun(CrashTally.Read(tally), DatabaseState.Take(connection, operation.IsRestartTrace), workspace.UserFiles());
    }
}
