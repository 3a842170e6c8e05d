namespace RomCurator.Core.Review;

/// <summary>What a review decision did (or what an undo reverted).</summary>
public sealed record ReviewOutcome(string Action, IReadOnlyList<long> CandidateIds, string Message);
