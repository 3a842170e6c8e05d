namespace RomCurator.Core.Reports;

/// <summary>A file that needs attention: why (unmatched or stale), where (root/path, #member), its size, and detail.</summary>
public sealed record ValidationEntry(string Kind, string Path, long? SizeBytes, string Detail);
