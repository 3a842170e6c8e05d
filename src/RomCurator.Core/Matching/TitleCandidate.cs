namespace RomCurator.Core.Matching;

/// <summary>
/// A DAT game suggested for a file, with its score and the reason in words (the rules that fired, the size comparison,
/// the platform evidence). <see cref="CanLink"/> is false when the evidence forbids a link whatever the score (size far
/// off, a tiny file, another platform than the file's); <see cref="SizeDistance"/>, <see cref="IsClone"/> and the
/// regions of <see cref="GameName"/> break ties.
/// </summary>
public sealed record TitleCandidate(
    long DatEntryId,
    long AtomicId,
    long? ReleaseId,
    string GameName,
    double Score,
    string Reason,
    bool CanLink = true,
    double SizeDistance = SizeEvidence.UnknownDistance,
    bool IsClone = false,
    double? TitleScore = null)
{
    /// <summary>The score of the title alone, before size and platform evidence weighed in (what the suggestion floor applies to).</summary>
    public double NameScore => TitleScore ?? Score;
}
