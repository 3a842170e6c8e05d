using RomCurator.Core.Review;

namespace RomCurator.Tui.Presentation;

/// <summary>The names of the review queue's orders, as `review --sort` takes them and the Review pane shows them.</summary>
public static class ReviewOrderNames
{
    public static readonly IReadOnlyList<(string Name, ReviewOrder Order)> All =
    [
        ("file", ReviewOrder.File),
        ("confidence", ReviewOrder.ConfidenceHigh),
        ("doubtful", ReviewOrder.ConfidenceLow),
        ("game", ReviewOrder.Game),
    ];

    public static string Name(ReviewOrder order) => All.First(o => o.Order == order).Name;
}
