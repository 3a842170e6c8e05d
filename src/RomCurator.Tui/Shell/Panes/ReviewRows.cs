using RomCurator.Core.Review;

namespace RomCurator.Tui.Shell.Panes;

/// <summary>Renders review candidates as fixed-width lines (pure: items → strings), readable at 80 columns.</summary>
public static class ReviewRows
{
    public const string Header = "CONF  FILE                           SUGGESTED GAME";

    public static string Render(ReviewItem item)
    {
        var file = Fit((item.Skipped ? "[skipped] " : "") + Path.GetFileName(item.File), 30);
        return $"{item.Confidence,4:0.00}  {file,-30} {item.SuggestedTitle}";
    }

    /// <summary>The pane's first header line: how many, which page, and which filters and order apply.</summary>
    public static string Title(int count, int page, int pageSize, bool latestOnly, string? filter, string order)
    {
        var what = count == 0 ? "The review queue is empty." :
            count == pageSize || page > 0 ? $"Suggestions {page * pageSize + 1}-{page * pageSize + count} (] next page, [ previous)." :
            $"{count} open suggestions.";
        var filters = (latestOnly ? " [new from the last run]" : "") + (filter is null ? "" : $" [filter: {filter}]");
        return $"{what}{filters} Order: {order}.";
    }

    /// <summary>The note line for the selected suggestion: platform, region, and why it was suggested.</summary>
    public static string Describe(ReviewItem item) =>
        $"{item.Platform ?? "unknown platform"} · {item.Region ?? "no region"} · {item.Reason ?? "no reason recorded"}";

    public static string Fit(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";
}
