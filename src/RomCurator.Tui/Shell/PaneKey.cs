using Terminal.Gui.Input;

namespace RomCurator.Tui.Shell;

/// <summary>
/// A key binding as data: the keys, what they do, and how the status bar and the help overlay describe them.
/// One list per pane feeds key handling, the status bar and `?`.
/// </summary>
public sealed record PaneKey(IReadOnlyList<Key> Keys, string Label, string Description, Action Run, bool InStatusBar = true)
{
    public bool Matches(Key key) => Keys.Any(k => k == key);
}
