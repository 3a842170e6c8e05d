using RomCurator.Core.Review;

namespace RomCurator.Core.Serialization;

/// <summary>What `romcurator review --json` prints.</summary>
public sealed record ReviewReport(IReadOnlyList<ReviewItem> Candidates);
