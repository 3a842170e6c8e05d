namespace RomCurator.Tui.Presentation;

/// <summary>Text cut to a width with an ellipsis: at the end for names, in the middle for paths (both ends stay readable).</summary>
public static class TextFit
{
    public const char Ellipsis = '…';

    /// <summary>Cuts the end: "Super Mario Wor…".</summary>
    public static string End(string text, int width) =>
        width <= 0 ? "" : text.Length <= width ? text : width == 1 ? Ellipsis.ToString() : text[..(width - 1)] + Ellipsis;

    /// <summary>Cuts the middle: "/mnt/nas/roms/…/Game Boy/Tetris (World).gb".</summary>
    public static string Middle(string text, int width)
    {
        if (width <= 0)
        {
            return "";
        }

        if (text.Length <= width)
        {
            return text;
        }

        if (width < 5)
        {
            return End(text, width);
        }

        // The end (the file name) matters most: it gets the larger half.
        var tail = (width - 1) * 3 / 5;
        var head = width - 1 - tail;
        return text[..head] + Ellipsis + text[^tail..];
    }

    /// <summary>A line cut or padded to exactly <paramref name="width"/> columns.</summary>
    public static string Pad(string text, int width) => End(text, width).PadRight(Math.Max(0, width));

    /// <summary>
    /// <paramref name="text"/> in lines of at most <paramref name="width"/> characters, broken after a space or a '/' in the
    /// second half of a line, else at the width: nothing is cut.
    /// </summary>
    public static IEnumerable<string> Wrap(string text, int width)
    {
        width = Math.Max(10, width);
        var at = 0;
        while (text.Length - at > width)
        {
            var cut = text.LastIndexOfAny([' ', '/'], at + width - 1, width);
            var take = cut >= at + width / 2 ? cut - at + 1 : width;
            yield return text.Substring(at, take);
            at += take;
        }

        yield return text[at..];
    }
}
