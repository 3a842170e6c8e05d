using System.Collections.ObjectModel;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace RomCurator.Tui.Shell;

/// <summary>The pane menu (m): every pane with its key; j/k or arrows choose, Enter opens, Esc or m closes.</summary>
public sealed class PaneMenu : FrameView
{
    private readonly ObservableCollection<string> entries = [];
    private readonly Action<int> open;

    public PaneMenu(IReadOnlyList<string> titles, Action<int> open)
    {
        this.open = open;
        Title = "Panes";
        X = Pos.Center();
        Y = 1;
        Width = 34;
        Height = titles.Count + 2;
        Visible = false;
        for (var i = 0; i < titles.Count; i++)
        {
            entries.Add($"{PaneNumbers.Label(i)}  {titles[i]}");
        }

        List = new PaneListView { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill(), CanFocus = true };
        List.SetSource(entries);
        List.Intercept = Handle;
        Add(List);
    }

    public PaneListView List { get; }

    public void Open(int current)
    {
        Visible = true;
        List.SelectedItem = current;
        List.SetFocus();
    }

    private bool Handle(Key key)
    {
        if (key == Key.Esc || key == Key.M)
        {
            Visible = false;
            open(-1);
            return true;
        }

        if (key == Key.Enter)
        {
            Visible = false;
            open(List.SelectedItem ?? 0);
            return true;
        }

        if (key == Key.J || key == Key.K)
        {
            _ = key == Key.J ? List.MoveDown() : List.MoveUp();
            return true;
        }

        return false;
    }
}
