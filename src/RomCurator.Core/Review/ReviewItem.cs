namespace RomCurator.Core.Review;

/// <summary>
/// One open suggestion in the review queue: the file, the DAT game suggested for it, and why. <see cref="Skipped"/>:
/// set aside with skip (still open; listed after the others).
/// </summary>
public sealed record ReviewItem(
    long CandidateId,
    long RomId,
    string File,
    string SuggestedTitle,
    string? Platform,
    string? Region,
    double Confidence,
    string? Reason,
    long? RunId,
    bool Skipped = false);
