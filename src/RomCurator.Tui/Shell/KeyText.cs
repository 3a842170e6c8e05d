namespace RomCurator.Tui.Shell;

/// <summary>Renders key bindings for the status bar and the help overlay (pure).</summary>
public static class KeyText
{
    private const string Separator = " │ ";

    /// <summary>The status bar's hints, wrapped at whole hints into lines no wider than <paramref name="width"/>.</summary>
    public static IReadOnlyList<string> StatusBar(string prefix, IEnumerable<PaneKey> keys, int width)
    {
        var lines = new List<string>();
        var line = prefix;
        foreach (var hint in keys.Where(k => k.InStatusBar).Select(k => $"{k.Label} {Short(k.Description)}"))
        {
            if (line.Length > 0 && line.Length + Separator.Length + hint.Length > width)
            {
                lines.Add(line);
                line = hint;
            }
            else
            {
                line = line.Length == 0 ? hint : line + Separator + hint;
            }
        }

        lines.Add(line);
        return lines;
    }

    /// <summary>
    /// The key bar: one line no wider than <paramref name="width"/>. The pane's keys come first and ? Help and q Quit
    /// always end it; when the pane's keys do not all fit, the spacing tightens, then the last ones give way and
    /// "? More" says where they are.
    /// </summary>
    public static string StatusLine(IEnumerable<PaneKey> paneKeys, IEnumerable<PaneKey> globalKeys, int width)
    {
        var hints = paneKeys.Where(k => k.InStatusBar).Select(Hint).ToList();
        var tail = globalKeys.Where(k => k.InStatusBar).Select(Hint).ToList();
        foreach (var separator in new[] { Separator, " " })
        {
            var all = string.Join(separator, [.. hints, .. tail]);
            if (all.Length <= width)
            {
                return all;
            }
        }

        var more = tail.Select(t => t.StartsWith("? ", StringComparison.Ordinal) ? "? More" : t).ToList();
        for (var count = hints.Count - 1; count >= 0; count--)
        {
            var line = string.Join(" ", [.. hints.Take(count), .. more]);
            if (line.Length <= width)
            {
                return line;
            }
        }

        var last = string.Join(" ", more);
        return last.Length <= width ? last : last[..Math.Max(0, width)];
    }

    public static IEnumerable<string> Help(string paneTitle, IReadOnlyList<string> paneTitles, IEnumerable<PaneKey> global, IEnumerable<PaneKey> pane)
    {
        yield return "Everywhere";
        yield return "  1-9, 0    panes (F2-F9 too; Tab and Shift+Tab cycle):";
        // Five panes a line keeps the list inside an 80-column overlay.
        foreach (var chunk in paneTitles.Select((title, i) => $"{PaneNumbers.Label(i)} {title}").Chunk(5))
        {
            yield return "             " + string.Join(", ", chunk);
        }
        foreach (var key in global)
        {
            yield return $"  {key.Label,-10} {key.Description}";
        }

        yield return "";
        yield return $"In {paneTitle}";
        foreach (var key in pane)
        {
            yield return $"  {key.Label,-10} {key.Description}";
        }

        yield return "";
        yield return "Arrows, Page Up/Down and Home/End move in lists too. Press ? or Esc to close.";
    }

    private static string Hint(PaneKey key) => $"{key.Label} {Short(key.Description)}";

    private static string Short(string description)
    {
        var cut = description.IndexOfAny([':', ' ']);
        var word = cut < 0 ? description : description[..cut];
        return char.ToUpperInvariant(word[0]) + word[1..];
    }
}
