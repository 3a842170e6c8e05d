using System.Collections.Concurrent;

namespace RomCurator.Tests.Hostile;

/// <summary>Collects the result of every hostile case run in this process, for the reliability document.</summary>
public static class HostileResults
{
    private static readonly ConcurrentDictionary<string, CaseResult> Results = new(StringComparer.Ordinal);

    public static void Record(CaseResult result) => Results[result.Case.Name] = result;

    /// <summary>The results in the order the cases are declared; null when some case has not run in this process.</summary>
    public static IReadOnlyList<CaseResult>? All(IReadOnlyList<HostileCase> cases) =>
        cases.All(c => Results.ContainsKey(c.Name)) ? cases.Select(c => Results[c.Name]).ToList() : null;
}
