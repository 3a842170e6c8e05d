namespace RomCurator.Core.Review;

/// <summary>A suggestion's decision state before a review decision changed it (the undo journal keeps it).</summary>
internal sealed record CandidateState(long CandidateId, long? Processed, string? Decision, string? DecidedAt);
