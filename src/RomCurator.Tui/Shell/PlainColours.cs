using Terminal.Gui.Drawing;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace RomCurator.Tui.Shell;

/// <summary>
/// The look without colour, for NO_COLOR (https://no-color.org) and monochrome terminals (TERM=dumb, vt100…): the
/// terminal's own foreground and background everywhere, and the selected row or focused field in reverse video.
/// </summary>
public static class PlainColours
{
    public static bool Wanted(Func<string, string?> environment) =>
        environment("NO_COLOR") is { Length: > 0 }
        || environment("TERM") is "dumb" or "vt100" or "vt102" or "vt220" or "ansi-mono";

    public static Scheme Scheme()
    {
        var normal = new Attribute(Color.None, Color.None);
        var selected = new Attribute(Color.None, Color.None, TextStyle.Reverse);
        return new Scheme(normal)
        {
            HotNormal = new Attribute(Color.None, Color.None, TextStyle.Underline),
            Focus = selected,
            HotFocus = selected,
            Active = selected,
            HotActive = selected,
            Highlight = selected,
            Editable = new Attribute(Color.None, Color.None, TextStyle.Underline),
        };
    }
}
