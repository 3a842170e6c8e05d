namespace RomCurator.Core.Scans;

/// <summary>Something a scan could not do for one path (unreadable, corrupt archive, password needed, …).</summary>
public sealed record ScanProblem(string Kind, string Path, string Message);
