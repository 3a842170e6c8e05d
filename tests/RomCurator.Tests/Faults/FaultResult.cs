namespace RomCurator.Tests.Faults;

/// <summary>One kill and restart: where it was killed, how the kill went, the checks that passed and what failed.</summary>
public sealed record FaultResult(CrashPair Crash, int Passes, string Kill, IReadOnlyList<string> Passed, IReadOnlyList<string> Failures)
{
    public bool Succeeded => Failures.Count == 0;
}
