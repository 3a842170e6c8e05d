using RomCurator.Core.Review;

namespace RomCurator.Tui.Shell.Panes;

/// <summary>Renders the details of a file under review (pure: details → text).</summary>
public static class ReviewDetailsText
{
    public static string Render(ReviewDetails details)
    {
        var lines = new List<string>
        {
            details.File,
            $"SHA-1 {details.Sha1}  CRC32 {details.Crc32 ?? "-"}  {details.Size:N0} bytes",
        };
        if (details.Metadata.Count > 0)
        {
            lines.Add("Header: " + string.Join(", ", details.Metadata.Select(m => $"{m.Key} {m.Value}")));
        }

        lines.Add("");
        lines.Add("Suggestions:");
        foreach (var suggestion in details.Suggestions)
        {
            lines.Add($"  {suggestion.Confidence:0.00}  {suggestion.Game}{(suggestion.Decision is null ? "" : $"  [{suggestion.Decision}]")}");
            if (suggestion.Reason is not null)
            {
                lines.Add($"        {suggestion.Reason}");
            }
        }

        lines.Add("");
        lines.Add("Enter or Esc closes this view.");
        return string.Join('\n', lines);
    }
}
