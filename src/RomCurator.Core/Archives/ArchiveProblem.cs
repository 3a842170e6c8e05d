namespace RomCurator.Core.Archives;

/// <summary>A problem inside an archive; <see cref="Path"/> is the member path ("" for the archive itself).</summary>
public sealed record ArchiveProblem(ArchiveProblemKind Kind, string Path, string Message);
