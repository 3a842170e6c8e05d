using System.Globalization;
using RomCurator.Core.Matching;
using RomCurator.Core.Review;

namespace RomCurator.Tui.Presentation;

/// <summary>
/// The details of a file under review as lines of text (pure), shared by the Review pane and `review show`: content
/// and size, header facts, the automatic link, every suggestion with the DAT ROM's size and the reason (naming rules
/// that fired, size comparison, platform evidence), and the runner-up with how far behind it is.
/// </summary>
public static class ReviewDetailsLines
{
    public static List<string> Lines(ReviewDetails details)
    {
        var size = $"{details.Size:N0} bytes" + (details.HeaderlessSize is { } headerless && headerless != details.Size
            ? $" ({headerless:N0} without its {details.HeaderType ?? "header"})"
            : "");
        var lines = new List<string>
        {
            details.File,
            $"SHA-1 {details.Sha1}  CRC32 {details.Crc32 ?? "-"}  {size}",
        };
        if (details.Metadata.Count > 0)
        {
            lines.Add("Header: " + string.Join(", ", details.Metadata.Select(m => $"{m.Key} {m.Value}")));
        }

        if (details.LinkedGame is not null)
        {
            lines.Add($"Linked automatically to {details.LinkedGame} ({Number(details.LinkedConfidence ?? 0)})");
        }

        lines.Add("");
        lines.Add("Suggestions:");
        foreach (var suggestion in details.Suggestions)
        {
            lines.Add($"  {Number(suggestion.Confidence)}  {suggestion.Game}{(suggestion.Decision is null ? "" : $"  [{suggestion.Decision}]")}");
            if (suggestion.RomSizes is { Count: > 0 } sizes)
            {
                lines.Add($"        DAT ROM {string.Join(", ", sizes.Select(SizeEvidence.Describe))}");
            }

            if (suggestion.Reason is not null)
            {
                lines.Add($"        {suggestion.Reason}");
            }
        }

        if (details.RunnerUp is { } runnerUp)
        {
            lines.Add("");
            lines.Add($"Runner-up: {runnerUp.Game} at {Number(runnerUp.Confidence)}, {Number(details.RunnerUpMargin ?? 0)} behind the best");
        }

        return lines;
    }

    private static string Number(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
