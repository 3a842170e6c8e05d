namespace RomCurator.Core.Runs;

/// <summary>One line of the run history: which job, how it ended, when, how many records, and its file or mode.</summary>
public sealed record RunRecord(long RunId, string Job, string Status, string StartedAt, string? FinishedAt, long Records, string? File);
