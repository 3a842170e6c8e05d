namespace RomCurator.Core.Matching;

/// <summary>A DAT game suggested for a file, with its score and the reason in words.</summary>
public sealed record TitleCandidate(long DatEntryId, long AtomicId, long? ReleaseId, string GameName, double Score, string Reason);
