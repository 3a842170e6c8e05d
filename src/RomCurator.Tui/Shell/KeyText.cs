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

    public static IEnumerable<string> Help(string paneTitle, IReadOnlyList<string> paneTitles, IEnumerable<PaneKey> global, IEnumerable<PaneKey> pane)
    {
        yield return "Everywhere";
        yield return "  1-9, 0    panes (F2-F11 too):";
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

    private static string Short(string description)
    {
        var cut = description.IndexOfAny([':', ' ']);
        var word = cut < 0 ? description : description[..cut];
        return char.ToUpperInvariant(word[0]) + word[1..];
    }
}
