using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;

namespace RomCurator.Tui.Shell;

/// <summary>
/// The one-line bar at the top: every pane with its key, the current one in brackets and highlighted (reverse video
/// without colour), so the user always sees where they are and where they can go.
/// </summary>
public sealed class PaneBar : View
{
    private IReadOnlyList<string> titles = [];
    private int current;

    public PaneBar()
    {
        Height = 1;
        CanFocus = false;
    }

    /// <summary>The line as drawn at the current width.</summary>
    public string Line => PaneBarText.Render(titles, current, Columns()).Text;

    public void Show(IReadOnlyList<string> paneTitles, int currentPane)
    {
        titles = paneTitles;
        current = currentPane;
        SetNeedsDraw();
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        var (text, start, length) = PaneBarText.Render(titles, current, Columns());
        SetAttribute(GetAttributeForRole(VisualRole.Normal));
        Move(0, 0);
        AddStr(text.PadRight(Columns()));
        if (length > 0)
        {
            SetAttribute(GetAttributeForRole(VisualRole.Focus));
            Move(start, 0);
            AddStr(text.Substring(start, length));
        }

        return true;
    }

    private int Columns() => Viewport.Width > 0 ? Viewport.Width : 78;
}
