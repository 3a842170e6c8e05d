using RomCurator.Core.Review;

namespace RomCurator.Tui.Shell.Panes;

/// <summary>Renders review candidates as fixed-width lines (pure: items → strings), readable at 80 columns.</summary>
public static class ReviewRows
{
    public const string Header = "CONF  FILE                           SUGGESTED GAME";

    public static string Render(ReviewItem item)
    {
        var file = Fit(Path.GetFileName(item.File), 30);
        return $"{item.Confidence,4:0.00}  {file,-30} {item.SuggestedTitle}";
    }

    public static string Fit(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";
}
