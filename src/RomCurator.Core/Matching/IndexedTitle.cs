namespace RomCurator.Core.Matching;

/// <summary>A DAT game in a <see cref="TitleIndex"/>.</summary>
public sealed record IndexedTitle(long DatEntryId, long AtomicId, long? ReleaseId, string GameName, TitleFacts Facts);
