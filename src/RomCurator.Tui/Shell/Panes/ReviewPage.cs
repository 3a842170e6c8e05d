using RomCurator.Core.Review;

namespace RomCurator.Tui.Shell.Panes;

/// <summary>A page of the review queue read in the background, with the query it answers.</summary>
public sealed record ReviewPage(ReviewPageQuery Query, IReadOnlyList<ReviewItem> Items);
