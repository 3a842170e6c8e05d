namespace RomCurator.Tests.Faults;

/// <summary>The checks of one kill: the names of those that passed, and what each that failed found.</summary>
public sealed class CheckList
{
    private readonly List<string> passed = [];
    private readonly List<string> failures = [];

    public IReadOnlyList<string> Passed => passed;

    public IReadOnlyList<string> Failures => failures;

    public void Check(string name, IReadOnlyList<string> problems)
    {
        if (problems.Count == 0)
        {
            passed.Add(name);
        }
        else
        {
            failures.AddRange(problems.Select(p => $"{name}: {p}"));
        }
    }

    /// <summary>A failure that is not one of the named checks (the kill itself went wrong).</summary>
    public void Fail(string failure) => failures.Add(failure);
}
