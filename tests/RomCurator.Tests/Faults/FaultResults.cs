using System.Collections.Concurrent;

namespace RomCurator.Tests.Faults;

/// <summary>Collects each operation's fault runs in this process, for the reliability document.</summary>
public static class FaultResults
{
    private static readonly ConcurrentDictionary<string, FaultRun> Runs = new(StringComparer.Ordinal);

    public static void Record(FaultRun run) => Runs[run.Operation.Name] = run;

    /// <summary>The runs in the order of <paramref name="operations"/>; null when one has not run in this process.</summary>
    public static IReadOnlyList<FaultRun>? All(IReadOnlyList<FaultOperation> operations) =>
        operations.All(o => Runs.ContainsKey(o.Name)) ? operations.Select(o => Runs[o.Name]).ToList() : null;
}
