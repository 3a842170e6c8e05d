namespace RomCurator.Tests.Hostile;

/// <summary>
/// One hostile input, as data: what it is (<see cref="Input"/>), what RomCurator must record for it
/// (<see cref="Expected"/>, a text the recorded message must contain) and how to build it and run RomCurator on it.
/// </summary>
public sealed record HostileCase(string Name, string Input, string Expected, Func<HostileWorkspace, CaseOutcome> Run)
{
    public override string ToString() => Name;
}
