using RomCurator.Core.Library;
using RomCurator.Tui.Presentation;

namespace RomCurator.Tui.Shell.Panes;

/// <summary>
/// Renders roots as lines for the Roots pane (pure): 80 columns fit name, state, platform, counts and last scan; a
/// wider row gives the extra width to the platform and then the path (shortened in the middle); the full path is
/// always in the detail strip.
/// </summary>
public static class RootRows
{
    private const int Fixed = 15 + 1 + 6 + 1 + 1 + 7 + 1 + 7 + 2 + 16;

    public static string Header => HeaderFor(78);

    public static string HeaderFor(int width)
    {
        var (platform, path) = Widths(width);
        return Line("NAME", "STATE", "PLATFORM", platform, "FILES", "MISSING", "LAST SCAN (UTC)", path == 0 ? "" : "PATH", path);
    }

    public static string Render(LibraryRoot root) => Render(root, 78);

    public static string Render(LibraryRoot root, int width)
    {
        var (platform, path) = Widths(width);
        var state = root.IsActive ? "active" : "paused";
        var lastScan = root.LastScanAt is { Length: >= 16 } at ? at[..16] : root.LastScanAt ?? "never";
        return Line(root.Name, state, root.PlatformName ?? "-", platform, $"{root.FilesPresent:N0}", $"{root.FilesMissing:N0}", lastScan, root.Path, path);
    }

    // The platform column takes up to 46 columns (the longest canonical names); what is left beyond 30 goes to the path.
    private static (int Platform, int Path) Widths(int width)
    {
        var spare = Math.Max(0, width - Fixed);
        var platform = Math.Clamp(spare, 20, 46);
        var path = spare - platform >= 30 ? spare - platform - 2 : 0;
        return (platform, path);
    }

    private static string Line(string name, string state, string platform, int platformWidth, string files, string missing, string lastScan, string path, int pathWidth) =>
        $"{TextFit.End(name, 15),-15} {state,-6} {TextFit.End(platform, platformWidth).PadRight(platformWidth)} {files,7} {missing,7}  {lastScan,-16}"
        + (pathWidth > 0 ? "  " + TextFit.Middle(path, pathWidth) : "");
}
