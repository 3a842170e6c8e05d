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
    /// <paramref name="text"/> in lines of at most <paramref name="width"/> characters; nothing but the spaces a
    /// <see cref="WrapStyle.Words"/> break eats is lost. <see cref="WrapStyle.Paths"/> (the default): broken after a space
    /// or a '/' in the second half of a line, else at the width, every character kept. <see cref="WrapStyle.Words"/>:
    /// broken at the last space that fits (the space, and spaces starting a line, dropped), a word longer than a line cut
    /// at the width.
    /// </summary>
    public static IEnumerable<string> Wrap(string text, int width, WrapStyle style = WrapStyle.Paths)
    {
        width = Math.Max(10, width);
        if (style == WrapStyle.Words)
        {
            foreach (var line in WrapWords(text, width))
            {
                yield return line;
            }

            yield break;
        }

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

    private static IEnumerable<string> WrapWords(string text, int width)
    {
        var at = SkipSpaces(text, 0);
        while (text.Length - at > width)
        {
            // A space right after a full line is a break too: it is dropped, not carried.
            var space = text.LastIndexOf(' ', at + width, width + 1);
            var take = space > at ? space - at : width;
            yield return text.Substring(at, take);
            at = space > at ? SkipSpaces(text, space + 1) : at + width;
        }

        yield return text[at..];
    }

    private static int SkipSpaces(string text, int at)
    {
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        return at;
    }
}
