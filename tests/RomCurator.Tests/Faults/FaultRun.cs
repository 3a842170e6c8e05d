namespace RomCurator.Tests.Faults;

/// <summary>An operation's fault runs: the seed, how often the uninterrupted run passed each point, and every result.</summary>
public sealed record FaultRun(FaultOperation Operation, int Seed, IReadOnlyDictionary<string, int> Counts, IReadOnlyList<FaultResult> Results);
