using System.Collections.ObjectModel;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace RomCurator.Tui.Shell;

/// <summary>
/// A pane that shows rows as lines in a list, with vi keys (j/k, g/G) beside the arrows, a header above and a note
/// about the selected row below (what does not fit in 80 columns: a full path, a reason). Subclasses supply the rows
/// (rendered by pure functions), the note and their own keys.
/// </summary>
public abstract class ListPane : IPane
{
    private ObservableCollection<string> lines = [];
    private readonly Label note;

    protected ListPane(string title)
    {
        Title = title;
        List = new PaneListView
        {
            X = 0,
            Y = 1,
            Width = Dim.Fill(),
            Height = Dim.Fill(1),
            CanFocus = true,
        };
        List.SetSource(lines);
        List.ToneOf = RowTone;
        List.ValueChanged += (_, _) => UpdateNote();
        Header = new Label { X = 0, Y = 0, Width = Dim.Fill(), Height = 1, HotKeySpecifier = (System.Text.Rune)0xFFFF };
        note = new Label { X = 0, Y = Pos.AnchorEnd(1), Width = Dim.Fill(), Height = 1, HotKeySpecifier = (System.Text.Rune)0xFFFF };
        View = new View { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill(), CanFocus = true };
        View.Add(Header, List, note);
    }

    public string Title { get; }

    public View View { get; }

    public IReadOnlyList<PaneKey> Keys => [.. PaneKeys, .. NavigationKeys];

    public virtual string? Busy => null;

    /// <summary>The list; the main window routes its keys through <see cref="PaneListView.Intercept"/>.</summary>
    public PaneListView List { get; }

    /// <summary>What the header above the list says now.</summary>
    public string HeaderText => Header.Text;

    /// <summary>The line (or two) under the list about the selected row.</summary>
    public string Note => note.Text;

    protected Label Header { get; }

    /// <summary>The selected row's index, or -1 when the list is empty.</summary>
    protected int Selected => lines.Count == 0 ? -1 : Math.Clamp(List.SelectedItem ?? 0, 0, lines.Count - 1);

    protected abstract IReadOnlyList<PaneKey> PaneKeys { get; }

    public abstract void Refresh();

    /// <summary>The text of row <paramref name="row"/> as shown.</summary>
    protected string Line(int row) => row >= 0 && row < lines.Count ? lines[row] : "";

    /// <summary>What row <paramref name="row"/> means, for its colour (normal by default).</summary>
    protected virtual Tone RowTone(int row) => Tone.Normal;

    /// <summary>What the note line says about row <paramref name="row"/> (empty by default).</summary>
    protected virtual string Describe(int row) => "";

    /// <summary>Whether both lines of the detail strip are paths (shortened in the middle, not cut at the end).</summary>
    protected virtual bool NoteIsPaths => false;

    /// <summary>Replaces the rows, keeping the cursor at the same position (the next row after a decision).</summary>
    protected void Show(string header, IReadOnlyList<string> rows)
    {
        var keep = Selected;
        // Header lines are cut to the width rather than wrapped: a wrapped line would push the next one out of sight.
        var width = View.Frame.Width > 0 ? View.Frame.Width : 78;
        var headerLines = header.Split('\n').Select(line => line.Length <= width ? line : line[..(width - 1)] + "…").ToList();
        Header.Text = string.Join('\n', headerLines);
        Header.Height = headerLines.Count;
        List.Y = headerLines.Count;
        // One new source instead of Clear + Add: the list re-measures its rows on every change, so adding them one
        // by one costs time quadratic in the rows (seconds for a few thousand).
        lines = new ObservableCollection<string>(rows);
        List.SetSource(lines);

        if (rows.Count > 0)
        {
            List.SelectedItem = Math.Clamp(keep, 0, rows.Count - 1);
        }

        UpdateNote();
    }

    // The detail strip: one line, or two when the row's details need them (a full path, then the rest). The first line
    // is shortened in the middle to the width, so the start and the end of a path stay readable; the second, a run of
    // facts, is cut at its end (Enter shows every detail in full).
    private void UpdateNote()
    {
        var width = View.Frame.Width > 0 ? View.Frame.Width : 78;
        var text = Selected < 0 ? "" : Describe(Selected);
        var noteLines = text.Split('\n').Take(2)
            .Select((l, i) => i == 0 || NoteIsPaths ? Presentation.TextFit.Middle(l, width) : Presentation.TextFit.End(l, width)).ToList();
        note.Text = string.Join('\n', noteLines);
        if (note.Height != noteLines.Count)
        {
            note.Height = noteLines.Count;
            note.Y = Pos.AnchorEnd(noteLines.Count);
            List.Height = Dim.Fill(noteLines.Count);
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
