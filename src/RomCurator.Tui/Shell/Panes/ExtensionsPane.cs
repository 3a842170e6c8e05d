using RomCurator.Core.Registry;
using RomCurator.Tui.Presentation;
using Terminal.Gui.Input;

namespace RomCurator.Tui.Shell.Panes;

/// <summary>
/// The extension registry: every extension with its category, whether scans use it, and its platforms. Add one,
/// switch one on or off, change its category, link it to a platform. Changes apply from the next scan.
/// </summary>
public sealed class ExtensionsPane(PaneContext context) : ListPane("Extensions")
{
    private IReadOnlyList<ExtensionEntry> entries = [];

    protected override IReadOnlyList<PaneKey> PaneKeys =>
    [
        new([Key.A], "a", "add an extension (asks for it, its category and a platform)", Add),
        new([Key.T], "t", "toggle: scans use the selected extension or not", Toggle),
        new([Key.C], "c", "category of the selected extension", ChangeCategory),
        new([Key.P], "p", "platform: link the selected extension to a platform", LinkPlatform),
    ];

    private ExtensionEntry? Current => Selected >= 0 && Selected < entries.Count ? entries[Selected] : null;

    public override void Refresh()
    {
        entries = new ExtensionCatalog(context.Connection).List();
        Show(ExtensionRows.Header, entries.Select(ExtensionRows.Render).ToList());
    }

    protected override string Describe(int row) => row < entries.Count ? entries[row].Description : "";

    private void Add()
    {
        var categories = string.Join("/", new ExtensionCatalog(context.Connection).Categories());
        context.Host.Ask("Extension to add (e.g. sfc):", "", extension =>
            context.Host.Ask($"Category ({categories}):", "rom", category =>
                context.Host.Ask("Platform (e.g. snes; empty for none):", "", platform =>
                    Apply(catalog => catalog.Add(extension, category, platform), e => $"'{e.Extension}' is in the registry as {e.Category}"))));
    }

    private void Toggle()
    {
        if (Current is { } entry)
        {
            Apply(catalog => catalog.SetActive(entry.Extension, !entry.IsActive),
                e => e.IsActive ? $"scans use '{e.Extension}' again" : $"scans ignore '{e.Extension}' from the next scan");
        }
    }

    private void ChangeCategory()
    {
        if (Current is { } entry)
        {
            var categories = string.Join("/", new ExtensionCatalog(context.Connection).Categories());
            context.Host.Ask($"Category of '{entry.Extension}' ({categories}):", entry.Category, category =>
                Apply(catalog => catalog.Add(entry.Extension, category), e => $"'{e.Extension}' is now {e.Category}"));
        }
    }

    private void LinkPlatform()
    {
        if (Current is { } entry)
        {
            context.Host.Ask($"Platform for '{entry.Extension}' (e.g. snes):", "", platform =>
                Apply(catalog => catalog.LinkPlatform(entry.Extension, platform), e => $"'{e.Extension}' platforms: {e.Platforms}"));
        }
    }

    private void Apply(Func<ExtensionCatalog, ExtensionEntry> change, Func<ExtensionEntry, string> message)
    {
        try
        {
            context.Host.Say(message(change(new ExtensionCatalog(context.Connection))));
        }
        catch (RegistryException problem)
        {
            context.Host.Say("Not done: " + problem.Message);
        }

        Refresh();
    }
}
