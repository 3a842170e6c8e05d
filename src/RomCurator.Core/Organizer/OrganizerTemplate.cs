using System.Text;

namespace RomCurator.Core.Organizer;

/// <summary>
/// Renders a destination template such as "{platform}/{region}/{title}{ext}". Tokens: {platform}, {region},
/// {title} (full DAT name), {base_title}, {ext} (with its dot), {letter} (first letter, or "#"). Every token value is
/// sanitized, and so is every resulting folder and file name.
/// </summary>
public sealed class OrganizerTemplate
{
    private static readonly HashSet<string> Tokens = new(StringComparer.Ordinal) { "platform", "region", "title", "base_title", "ext", "letter" };

    public OrganizerTemplate(string template)
    {
        Text = template.Replace('\\', '/').Trim('/');
        for (var open = Text.IndexOf('{'); open >= 0; open = Text.IndexOf('{', open + 1))
        {
            var close = Text.IndexOf('}', open);
            var token = close > open ? Text[(open + 1)..close] : "";
            if (!Tokens.Contains(token))
            {
                throw new ArgumentException($"organizer template '{template}' has an unknown token '{{{token}}}' (known: {string.Join(", ", Tokens.Select(t => "{" + t + "}"))})");
            }
        }
    }

    public string Text { get; }

    /// <summary>The relative destination, '/'-separated, every segment safe.</summary>
    public string Render(IReadOnlyDictionary<string, string> values) => string.Join('/', Segments(values));

    /// <summary>The rendered destination's segments (folders, then the file name), every one safe.</summary>
    public IReadOnlyList<string> Segments(IReadOnlyDictionary<string, string> values) =>
        Text.Split('/').Select(segment =>
        {
            var rendered = new StringBuilder(segment);
            foreach (var (token, value) in values)
            {
                // Values lose their own separators first, so "a/b" in a title stays inside one segment.
                rendered.Replace("{" + token + "}", token == "ext" ? value : PathSanitizer.Segment(value, "Unknown"));
            }

            return PathSanitizer.Segment(rendered.ToString(), "Unknown");
        }).ToList();

    /// <summary>The index of the first segment that names the platform (holds {platform}), or -1.</summary>
    public int PlatformSegment => Array.FindIndex(Text.Split('/'), segment => segment.Contains("{platform}", StringComparison.Ordinal));

    public static string Letter(string title)
    {
        var first = title.TrimStart().FirstOrDefault();
        return char.IsAsciiLetter(first) ? char.ToUpperInvariant(first).ToString() : "#";
    }
}
