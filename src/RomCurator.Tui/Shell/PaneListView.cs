using Terminal.Gui.Input;
using Terminal.Gui.Views;

namespace RomCurator.Tui.Shell;

/// <summary>
/// A list that offers every key to the pane's bindings first: a plain ListView would take letters and digits for
/// type-to-search before anyone else saw them.
/// </summary>
public sealed class PaneListView : ListView
{
    /// <summary>Returns true when the key was one of ours and has been handled.</summary>
    public Func<Key, bool>? Intercept { get; set; }

    /// <summary>What row i means, for its colour (the selected row keeps the selection's look).</summary>
    public Func<int, Tone>? ToneOf { get; set; }

    protected override bool OnKeyDown(Key key) => Intercept?.Invoke(key) == true || base.OnKeyDown(key);

    public override void OnRowRender(ListViewRowEventArgs args)
    {
        base.OnRowRender(args);
        if (ToneOf is { } tone && args.Row != SelectedItem && Theme.For(tone(args.Row), GetAttributeForRole(Terminal.Gui.Drawing.VisualRole.Normal)) is { } colour)
        {
            args.RowAttribute = colour;
        }
    }
}
