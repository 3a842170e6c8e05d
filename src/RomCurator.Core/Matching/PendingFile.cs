namespace RomCurator.Core.Matching;

/// <summary>A file title matching looks at: its name, sizes, and the last run that suggested something for it (null: never).</summary>
public sealed record PendingFile(long RomId, string FileName, long? LastSuggested, long Size, long? HeaderlessSize);
