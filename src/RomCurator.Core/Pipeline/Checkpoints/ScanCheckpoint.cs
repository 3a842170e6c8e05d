namespace RomCurator.Core.Pipeline.Checkpoints;

/// <summary>
/// Where an interrupted scan stood: which run of which database, which roots, which phase. Written under
/// logs/ingestion/ so the next `scan` of the same database resumes the same run instead of starting over.
/// </summary>
public sealed record ScanCheckpoint(long RunId, IReadOnlyList<long> RootIds, string Phase, DateTime UpdatedUtc, string? Database = null);
