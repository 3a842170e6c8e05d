using RomCurator.Core.Review;

namespace RomCurator.Tui.Shell.Panes;

/// <summary>Renders review candidates as fixed-width lines (pure: items → strings), readable at 80 columns.</summary>
public static class ReviewRows
{
    public const string Header = "CONF  FILE                           SUGGESTED GAME";

    /// <summary>The header for a list <paramref name="width"/> columns wide (the file column grows with the width).</summary>
    public static string HeaderFor(int width) => $"CONF  {"FILE".PadRight(FileWidth(width))} SUGGESTED GAME";

    public static string Render(ReviewItem item) => Render(item, 78);

    /// <summary>
    /// A row as wide as <paramref name="width"/>: the file (root/path, shortened in the middle so its name stays) in a
    /// column that grows with the width, and the suggested game cut at the end with an ellipsis.
    /// </summary>
    public static string Render(ReviewItem item, int width)
    {
        var fileWidth = FileWidth(width);
        var file = (item.Skipped ? "[skipped] " : "") + item.File;
        var row = $"{item.Confidence,4:0.00}  {Presentation.TextFit.Middle(file, fileWidth).PadRight(fileWidth)} ";
        return row + Presentation.TextFit.End(item.SuggestedTitle, Math.Max(1, width - row.Length));
    }

    // 30 columns at 80, two fifths of the row beyond that.
    private static int FileWidth(int width) => Math.Max(30, (width - 7) * 2 / 5);

    /// <summary>The pane's first header line: how many, which page, and which filters and order apply.</summary>
    public static string Title(int count, int page, int pageSize, bool latestOnly, string? filter, string order)
    {
        var what = count == 0 && filter is not null ? $"No suggestion matches '{filter}'." :
            count == 0 ? "The review queue is empty." :
            count == pageSize || page > 0 ? $"Suggestions {page * pageSize + 1}-{page * pageSize + count} (] next page, [ previous)." :
            $"{count} open suggestions.";
        var filters = (latestOnly ? " [new from the last run]" : "") + (filter is null ? "" : $" [filter: {filter}]");
        return $"{what}{filters} Order: {order}.";
    }

    /// <summary>The detail lines for the selected suggestion: the file in full, then platform, region, confidence and why it was suggested.</summary>
    public static string Describe(ReviewItem item) =>
        $"{item.File}\n{item.Platform ?? "unknown platform"} · {item.Region ?? "no region"} · {item.Confidence:0.00} ({ConfidenceWord(item.Confidence)}) · {item.Reason ?? "no reason recorded"}";

    private static string ConfidenceWord(double confidence) => Theme.Confidence(confidence) switch
    {
        Tone.Good => "high",
        Tone.Attention => "medium",
        _ => "low",
    };
}
