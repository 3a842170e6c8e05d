using Terminal.Gui.ViewBase;

namespace RomCurator.Tui.Shell;

/// <summary>A full-screen pane of the main window: its view, its keys, and a way to reload from the database.</summary>
public interface IPane
{
    string Title { get; }

    View View { get; }

    /// <summary>The view that holds the focus in this pane (its keys are offered to the bindings first).</summary>
    PaneListView List { get; }

    IReadOnlyList<PaneKey> Keys { get; }

    /// <summary>What the pane is doing in the background (a scan, an organizer run), or null; quitting asks first.</summary>
    string? Busy => null;

    void Refresh();
}
