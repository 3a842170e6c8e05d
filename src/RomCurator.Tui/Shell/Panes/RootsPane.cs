using RomCurator.Core.Library;
using RomCurator.Tui.Shell.Prompting;
using Terminal.Gui.Input;

namespace RomCurator.Tui.Shell.Panes;

/// <summary>
/// The library roots: add (the path is checked: it exists, is readable, is not inside or around another root), edit
/// the platform hint, pause/resume, remove (asks first; history is kept, nothing on disk is touched), scan one root.
/// </summary>
public sealed class RootsPane(PaneContext context) : ListPane("Roots")
{
    private IReadOnlyList<LibraryRoot> roots = [];

    protected override IReadOnlyList<PaneKey> PaneKeys =>
    [
        new([Key.A], "a", "add a root (asks for the folder, then the platform hint)", Add),
        new([Key.E], "e", "edit the selected root's platform hint", EditPlatform),
        new([Key.T], "t", "toggle: pause or resume scanning the selected root", Toggle),
        new([Key.X, Key.Delete], "x", "remove the selected root (asks first; its history is kept)", Remove),
        new([Key.S], "s", "scan the selected root now", ScanSelected),
    ];

    private LibraryRoot? Current => Selected >= 0 && Selected < roots.Count ? roots[Selected] : null;

    public override void Refresh()
    {
        roots = new LibraryRootStore(context.Connection).ListCurrent();
        var width = View.Frame.Width > 0 ? View.Frame.Width : 78;
        Show(roots.Count == 0 ? "No library roots yet: press a to add one." : RootRows.HeaderFor(width), roots.Select(root => RootRows.Render(root, width)).ToList());
    }

    protected override string Describe(int row) => row < roots.Count ? "Path: " + roots[row].Path : "";

    // The folder is checked as soon as it is typed, before the platform question. A refused answer is asked again with
    // what was typed and why it was refused, so nothing typed is lost.
    private void Add() => AskFolder(Environment.CurrentDirectory + Path.DirectorySeparatorChar, null);

    private void AskFolder(string initial, string? refused) =>
        context.Host.Ask("Folder to add as a root:", initial, typed =>
        {
            var path = typed.Trim();
            try
            {
                RootPathValidator.Validate(path, new LibraryRootStore(context.Connection).List(includeInactive: true));
            }
            catch (RootValidationException problem)
            {
                AskFolder(typed, "Not added: " + problem.Message);
                return;
            }

            AskPlatform(path, "", null);
        }, new PathCompleter(foldersOnly: true), refused);

    private void AskPlatform(string path, string initial, string? refused) =>
        context.Host.Ask("Platform (type part of a name, e.g. snes; empty for none):", initial, platform =>
        {
            try
            {
                var root = new LibraryRootStore(context.Connection).Add(path, platformName: platform);
                context.Host.Say($"added root '{root.Name}' at {root.Path}" + (root.PlatformName is { } name ? $" ({name})" : ""));
            }
            catch (RootValidationException problem)
            {
                AskPlatform(path, platform, $"Not added yet ({path}): " + problem.Message);
            }

            Refresh();
        }, PlatformNames.Picker(context.Connection), refused);

    private void EditPlatform()
    {
        if (Current is { } root)
        {
            AskEditedPlatform(root, root.PlatformName ?? "", null);
        }
    }

    private void AskEditedPlatform(LibraryRoot root, string initial, string? refused) =>
        context.Host.Ask($"Platform for '{root.Name}' (type part of a name; empty clears it):", initial, platform =>
        {
            try
            {
                var changed = new LibraryRootStore(context.Connection).SetPlatform(root.Name, platform);
                context.Host.Say($"'{changed.Name}' platform hint: {changed.PlatformName ?? "none"}");
            }
            catch (RootValidationException problem)
            {
                AskEditedPlatform(root, platform, "Not changed: " + problem.Message);
            }

            Refresh();
        }, PlatformNames.Picker(context.Connection), refused);

    private void Toggle()
    {
        if (Current is { } root)
        {
            Apply(store => store.SetActive(root.Name, !root.IsActive), changed => changed.IsActive
                ? $"'{changed.Name}' is scanned again"
                : $"'{changed.Name}' is paused: scans skip it");
        }
    }

    private void Remove()
    {
        if (Current is { } root)
        {
            context.Host.Confirm($"Remove root '{root.Name}'? Its history is kept; no file is touched.", () =>
                Apply(store => store.Remove(root.Name), removed => $"removed root '{removed.Name}'; its history is kept"));
        }
    }

    private void ScanSelected()
    {
        if (Current is { } root)
        {
            ((ScanPane)context.Host.ShowPane("Scan")).Start(root.Name);
        }
    }

    private void Apply(Func<LibraryRootStore, LibraryRoot> change, Func<LibraryRoot, string> message)
    {
        try
        {
            context.Host.Say(message(change(new LibraryRootStore(context.Connection))));
        }
        catch (RootValidationException problem)
        {
            context.Host.Say("Not done: " + problem.Message);
        }

        Refresh();
    }
}
