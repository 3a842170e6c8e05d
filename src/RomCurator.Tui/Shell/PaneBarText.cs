namespace RomCurator.Tui.Shell;

/// <summary>
/// The pane bar's line (pure): every pane with its key, the current one in brackets. When the full names do not fit,
/// the spacing tightens first, then the other panes' names are cut (never the current one's) while they stay readable
/// (<see cref="ReadableCut"/> letters); on a narrower screen the occasional panes (Validate, Extensions, Platforms,
/// Settings) show their key alone, so the panes of the daily job keep their names, and only then are names cut further.
/// </summary>
public static class PaneBarText
{
    /// <summary>The shortest cut of a name that still reads as the word (Orga, Revi…).</summary>
    public const int ReadableCut = 5;

    /// <summary>Panes a curator opens now and then: on a narrow screen their names give way first.</summary>
    private static readonly HashSet<string> Occasional = new(StringComparer.Ordinal) { "Validate", "Extensions", "Platforms", "Settings" };

    /// <summary>The line, and where the current pane's segment starts and how long it is (for the highlight).</summary>
    public static (string Text, int Start, int Length) Render(IReadOnlyList<string> titles, int current, int width)
    {
        var longest = titles.Count == 0 ? 0 : titles.Max(t => t.Length);
        (string Text, int Start, int Length) line = ("", 0, 0);
        foreach (var keysOnly in new[] { false, true })
        {
            for (var cut = longest; cut >= (keysOnly ? 0 : ReadableCut); cut--)
            {
                foreach (var padded in new[] { true, false })
                {
                    line = Line(titles, current, cut, padded, keysOnly);
                    if (line.Text.Length <= width)
                    {
                        return line;
                    }
                }
            }
        }

        return line.Text.Length <= width ? line : (line.Text[..Math.Max(0, width)], Math.Min(line.Start, width), 0);
    }

    private static (string Text, int Start, int Length) Line(IReadOnlyList<string> titles, int current, int cut, bool padded, bool occasionalKeysOnly)
    {
        var text = "";
        var start = 0;
        var length = 0;
        for (var i = 0; i < titles.Count; i++)
        {
            var name = i == current ? titles[i]
                : occasionalKeysOnly && Occasional.Contains(titles[i]) ? ""
                : Short(titles[i], cut);
            var label = name.Length == 0 ? PaneNumbers.Label(i) : $"{PaneNumbers.Label(i)} {name}";
            var segment = i == current ? $"[{label}]" : padded ? $" {label} " : label;
            if (i > 0)
            {
                text += " ";
            }

            if (i == current)
            {
                start = text.Length;
                length = segment.Length;
            }

            text += segment;
        }

        return (text, start, length);
    }

    private static string Short(string title, int cut) => title.Length <= cut ? title : title[..cut];
}
