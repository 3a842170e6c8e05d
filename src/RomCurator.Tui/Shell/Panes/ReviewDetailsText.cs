using RomCurator.Core.Review;
using RomCurator.Tui.Presentation;

namespace RomCurator.Tui.Shell.Panes;

/// <summary>Renders the details of a file under review (pure: details → text), closed by Enter or Esc.</summary>
public static class ReviewDetailsText
{
    public static string Render(ReviewDetails details)
    {
        var lines = ReviewDetailsLines.Lines(details);
        lines.Add("");
        lines.Add("Enter or Esc closes this view.");
        return string.Join('\n', lines);
    }
}
