using RomCurator.Core.Library;

namespace RomCurator.Tui.Cli.Verbs;

/// <summary>Renders roots as aligned text lines (pure; shared by `roots list` and tests).</summary>
public static class RootsTable
{
    public static string State(LibraryRoot root) => root.IsRemoved ? " (removed)" : root.IsActive ? "" : " (paused)";

    public static IEnumerable<string> Render(IReadOnlyList<LibraryRoot> roots)
    {
        var nameWidth = Math.Max(4, roots.Max(r => (r.Name + State(r)).Length));
        var platformWidth = Math.Max(8, roots.Max(r => (r.PlatformName ?? "-").Length));
        yield return $"{"NAME".PadRight(nameWidth)}  {"PLATFORM".PadRight(platformWidth)}  {"FILES",8}  {"MISSING",7}  {"LAST SCAN",-19}  PATH";
        foreach (var root in roots)
        {
            var name = root.Name + State(root);
            yield return $"{name.PadRight(nameWidth)}  {(root.PlatformName ?? "-").PadRight(platformWidth)}  {root.FilesPresent,8:N0}  {root.FilesMissing,7:N0}  {root.LastScanAt ?? "never",-19}  {root.Path}";
        }
    }
}
