namespace RomCurator.Tests.Faults;

/// <summary>Where to kill a run: the <see cref="N"/>-th time it passes the crash point <see cref="Point"/>.</summary>
public sealed record CrashPair(string Point, int N)
{
    /// <summary>The value of <c>ROMCURATOR_CRASH_AT</c>.</summary>
    public override string ToString() => $"{Point}:{N}";
}
