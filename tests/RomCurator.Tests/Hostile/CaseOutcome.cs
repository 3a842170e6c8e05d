namespace RomCurator.Tests.Hostile;

/// <summary>
/// What RomCurator did with a hostile input: how the scan or import ended (<see cref="Finished"/>, and whether
/// that is a clean end: completed, or failed with its run closed and a message) and the row it recorded
/// (<see cref="Where"/>: the table or stream, <see cref="Recorded"/>: its text, with temp paths replaced).
/// </summary>
public sealed record CaseOutcome(string Finished, bool FinishedCleanly, string Where, string Recorded);
