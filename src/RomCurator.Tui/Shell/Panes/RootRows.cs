using RomCurator.Core.Library;

namespace RomCurator.Tui.Shell.Panes;

/// <summary>Renders roots as 80-column lines for the Roots pane (pure); the full path goes in the note line.</summary>
public static class RootRows
{
    public static readonly string Header = Line("NAME", "STATE", "PLATFORM", "FILES", "MISSING", "LAST SCAN (UTC)");

    public static string Render(LibraryRoot root)
    {
        var state = root.IsActive ? "active" : "paused";
        var lastScan = root.LastScanAt is { Length: >= 16 } at ? at[..16] : root.LastScanAt ?? "never";
        return Line(root.Name, state, root.PlatformName ?? "-", $"{root.FilesPresent:N0}", $"{root.FilesMissing:N0}", lastScan);
    }

    private static string Line(string name, string state, string platform, string files, string missing, string lastScan) =>
        $"{ReviewRows.Fit(name, 15),-15} {state,-6} {ReviewRows.Fit(platform, 20),-20} {files,7} {missing,7}  {lastScan}";
}
