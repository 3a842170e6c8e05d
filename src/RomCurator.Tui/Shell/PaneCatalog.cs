using RomCurator.Tui.Shell.Panes;

namespace RomCurator.Tui.Shell;

/// <summary>The panes of the main window, in the order of their keys (1–9, 0, F12).</summary>
public static class PaneCatalog
{
    public static IReadOnlyList<IPane> Create(PaneContext context) =>
    [
        new OverviewPane(context),
        new RootsPane(context),
        new ScanPane(context),
        new ReviewPane(context),
        new OrganizerPane(context),
        new LogsPane(context),
        new ValidatePane(context),
        new ExtensionsPane(context),
        new PlatformsPane(context),
        new SettingsPane(context),
        new DatsPane(context),
    ];
}
