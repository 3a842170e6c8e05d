namespace RomCurator.Tests.Hostile;

/// <summary>One line of the reliability table: the case, what happened, and whether every check passed.</summary>
public sealed record CaseResult(HostileCase Case, CaseOutcome? Outcome, IReadOnlyList<string> Failures)
{
    public bool Passed => Failures.Count == 0;
}
