using RomCurator.Core.Registry;
using RomCurator.Tui.Presentation;
using Terminal.Gui.Input;

namespace RomCurator.Tui.Shell.Panes;

/// <summary>
/// The names that lead to each platform (<c>platform_links</c>): add one, remove one. v switches to the extensions
/// found in the library (loose or in archives) that the registry does not know; p maps one to a platform.
/// </summary>
public sealed class PlatformsPane(PaneContext context) : ListPane("Platforms")
{
    private IReadOnlyList<PlatformLink> links = [];
    private IReadOnlyList<UnknownExtension> unknown = [];
    private bool showUnknown;

    protected override IReadOnlyList<PaneKey> PaneKeys =>
    [
        new([Key.V], "v", "view: platform names, or unknown extensions found in the library", () =>
        {
            showUnknown = !showUnknown;
            Refresh();
        }),
        new([Key.A], "a", "add a name for a platform (asks for the name, then the platform)", AddLink),
        new([Key.X, Key.Delete], "x", "remove the selected name (asks first)", RemoveLink),
        new([Key.P], "p", "platform: map the selected unknown extension to a platform", MapExtension),
    ];

    public override void Refresh()
    {
        if (showUnknown)
        {
            unknown = new UnknownExtensions(context.Connection).Find();
            Show(unknown.Count == 0
                    ? "Every extension in the library is in the registry. v: platform names."
                    : $"{"EXT",-10} {"FILES",7}  EXAMPLE (p maps it to a platform; v: names)",
                unknown.Select(u => $"{TextFit.End(u.Extension, 10),-10} {u.Files,7:N0}  {u.Example}").ToList());
            return;
        }

        links = new PlatformLinkStore(context.Connection).List();
        Show($"{"NAME",-34} {"TYPE",-9} PLATFORM", links.Select(l => $"{TextFit.End(l.Alias, 34),-34} {l.LinkType,-9} {l.Platform}").ToList());
    }

    protected override string Describe(int row) =>
        showUnknown
            ? row < unknown.Count ? (unknown[row].InArchive ? "seen inside archives" : "seen as loose files") + "; p maps it to a platform" : ""
            : row < links.Count ? $"'{links[row].Alias}' → {links[row].Platform}" : "";

    private void AddLink() =>
        context.Host.Ask("New name for a platform (e.g. Super Famicom):", "", alias =>
            context.Host.Ask($"Platform '{alias.Trim()}' stands for (type part of a name, e.g. snes):", "", platform =>
                Apply(() =>
                {
                    var link = new PlatformLinkStore(context.Connection).Link(alias, platform);
                    context.Host.Say($"'{link.Alias}' now leads to {link.Platform}");
                }), PlatformNames.Picker(context.Connection)));

    private void RemoveLink()
    {
        if (showUnknown || Selected < 0 || Selected >= links.Count)
        {
            return;
        }

        var link = links[Selected];
        context.Host.Confirm($"Remove the name '{link.Alias}' of {link.Platform}?", () =>
            Apply(() =>
            {
                new PlatformLinkStore(context.Connection).Unlink(link.Alias);
                context.Host.Say($"removed '{link.Alias}'");
            }));
    }

    private void MapExtension()
    {
        if (!showUnknown || Selected < 0 || Selected >= unknown.Count)
        {
            context.Host.Say("Press v for the unknown extensions, then p on one.");
            return;
        }

        var extension = unknown[Selected].Extension;
        context.Host.Ask($"Platform for '.{extension}' files (type part of a name, e.g. snes):", "", platform =>
            Apply(() =>
            {
                var entry = new ExtensionCatalog(context.Connection).Add(extension, "rom", platform);
                context.Host.Say($"'.{entry.Extension}' is a {entry.Platforms} ROM from the next scan");
            }), PlatformNames.Picker(context.Connection));
    }

    private void Apply(Action change)
    {
        try
        {
            change();
        }
        catch (RegistryException problem)
        {
            context.Host.Say("Not done: " + problem.Message);
        }

        Refresh();
    }
}
