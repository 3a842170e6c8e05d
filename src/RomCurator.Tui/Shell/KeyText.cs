namespace RomCurator.Tui.Shell;

/// <summary>Renders key bindings for the status bar and the help overlay (pure).</summary>
public static class KeyText
{
    public static string StatusBar(IEnumerable<PaneKey> keys) =>
        string.Join(" │ ", keys.Where(k => k.InStatusBar).Select(k => $"{k.Label} {Short(k.Description)}"));

    public static IEnumerable<string> Help(string paneTitle, IEnumerable<PaneKey> global, IEnumerable<PaneKey> pane)
    {
        yield return "Everywhere";
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
