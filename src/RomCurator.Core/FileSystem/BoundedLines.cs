namespace RomCurator.Core.FileSystem;

/// <summary>
/// What <see cref="BoundedLineReader"/> read: the lines kept, how many were skipped as too long, and whether it
/// stopped before the end of the file (line or byte limit reached).
/// </summary>
public sealed record BoundedLines(IReadOnlyList<string> Lines, int SkippedTooLong, bool Truncated);
