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

    protected override bool OnKeyDown(Key key) => Intercept?.Invoke(key) == true || base.OnKeyDown(key);
}
