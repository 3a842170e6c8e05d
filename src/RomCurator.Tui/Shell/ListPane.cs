using System.Collections.ObjectModel;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace RomCurator.Tui.Shell;

/// <summary>
/// A pane that shows rows as lines in a list, with vi keys (j/k, g/G) beside the arrows. Subclasses supply the
/// rows (rendered by pure functions) and their own keys.
/// </summary>
public abstract class ListPane : IPane
{
    private readonly ObservableCollection<string> lines = [];

    protected ListPane(string title)
    {
        Title = title;
        List = new PaneListView
        {
            X = 0,
            Y = 1,
            Width = Dim.Fill(),
            Height = Dim.Fill(),
            CanFocus = true,
        };
        List.SetSource(lines);
        Header = new Label { X = 0, Y = 0, Width = Dim.Fill(), Height = 1, HotKeySpecifier = (System.Text.Rune)0xFFFF };
        View = new View { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill(), CanFocus = true };
        View.Add(Header, List);
    }

    public string Title { get; }

    public View View { get; }

    public IReadOnlyList<PaneKey> Keys => [.. PaneKeys, .. NavigationKeys];

    /// <summary>The list; the main window routes its keys through <see cref="PaneListView.Intercept"/>.</summary>
    public PaneListView List { get; }

    protected Label Header { get; }

    /// <summary>The selected row's index, or -1 when the list is empty.</summary>
    protected int Selected => lines.Count == 0 ? -1 : Math.Clamp(List.SelectedItem ?? 0, 0, lines.Count - 1);

    protected abstract IReadOnlyList<PaneKey> PaneKeys { get; }

    public abstract void Refresh();

    /// <summary>Replaces the rows, keeping the cursor at the same position (the next row after a decision).</summary>
    protected void Show(string header, IReadOnlyList<string> rows)
    {
        var keep = Selected;
        var headerLines = header.Split('\n').Length;
        Header.Text = header;
        Header.Height = headerLines;
        List.Y = headerLines;
        lines.Clear();
        foreach (var row in rows)
        {
            lines.Add(row);
        }

        if (rows.Count > 0)
        {
            List.SelectedItem = Math.Clamp(keep, 0, rows.Count - 1);
        }
    }

    private IEnumerable<PaneKey> NavigationKeys =>
    [
        new([Key.J], "j", "next row", () => List.MoveDown(), InStatusBar: false),
        new([Key.K], "k", "previous row", () => List.MoveUp(), InStatusBar: false),
        new([Key.G], "g", "first row", () => List.MoveHome(), InStatusBar: false),
        new([Key.G.WithShift], "G", "last row", () => List.MoveEnd(), InStatusBar: false),
    ];
}
