namespace RomCurator.Core.Runs;

/// <summary>An <c>import_log</c> row: one run of a job.</summary>
public sealed record ImportRun(long LogId, string Source, string Status, string StartedAt, string? FinishedAt, long RecordsProcessed, string? Notes);
