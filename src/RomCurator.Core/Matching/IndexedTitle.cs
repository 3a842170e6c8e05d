namespace RomCurator.Core.Matching;

/// <summary>A DAT game in a <see cref="TitleIndex"/>, with the sizes of its ROMs and whether the DAT calls it a clone.</summary>
public sealed record IndexedTitle(long DatEntryId, long AtomicId, long? ReleaseId, string GameName, TitleFacts Facts,
    IReadOnlyList<long>? RomSizes = null, bool IsClone = false);
