using RomCurator.Core.Registry;

namespace RomCurator.Tui.Presentation;

/// <summary>Renders registry rows as 80-column lines (pure); `romcurator extensions` prints the same lines.</summary>
public static class ExtensionRows
{
    public static readonly string Header = Line("EXT", "CATEGORY", "USED", "PLATFORMS");

    public static string Render(ExtensionEntry entry) =>
        Line(entry.Extension, entry.Category, entry.IsActive ? "yes" : "no", entry.Platforms.Length == 0 ? "-" : entry.Platforms);

    private static string Line(string extension, string category, string used, string platforms) =>
        $"{TextFit.End(extension, 10),-10} {category,-10} {used,-4}  {platforms}";
}
