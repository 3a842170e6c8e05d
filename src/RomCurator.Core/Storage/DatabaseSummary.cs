namespace RomCurator.Core.Storage;

/// <summary>What `romcurator db info` reports about a database.</summary>
public sealed record DatabaseSummary(
    string Path,
    int SchemaVersion,
    int KnownSchemaVersion,
    long SizeBytes,
    string JournalMode,
    IReadOnlyDictionary<string, long> RowCounts);
