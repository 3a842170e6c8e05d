using RomCurator.Tui.Shell.Panes;

namespace RomCurator.Tui.Shell;

/// <summary>
/// The panes of the main window, in the order of their keys (1–9, 0, F12): the first-run job first (roots, DATs,
/// scan, review, organizer), then the occasional ones.
/// </summary>
public static class PaneCatalog
{
    public static IReadOnlyList<IPane> Create(PaneContext context) =>
    [
        new OverviewPane(context),
        new RootsPane(context),
        new DatsPane(context),
        new ScanPane(context),
        new ReviewPane(context),
        new OrganizerPane(context),
        new LogsPane(context),
        new ValidatePane(context),
        new ExtensionsPane(context),
        new PlatformsPane(context),
        new SettingsPane(context),
    ];
}
