using RomCurator.Core.Library;
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
        Show(roots.Count == 0 ? "No library roots yet: press a to add one." : RootRows.Header, roots.Select(RootRows.Render).ToList());
    }

    protected override string Describe(int row) => row < roots.Count ? "Path: " + roots[row].Path : "";

    // The folder is checked as soon as it is typed, before the platform question.
    private void Add() =>
        context.Host.Ask("Folder to add as a root:", Environment.CurrentDirectory, path =>
        {
            try
            {
                RootPathValidator.Validate(path.Trim(), new LibraryRootStore(context.Connection).List(includeInactive: true));
            }
            catch (RootValidationException problem)
            {
                context.Host.Say("Not added: " + problem.Message);
                return;
            }

            context.Host.Ask("Platform hint (e.g. snes; empty for none):", "", platform =>
                Apply(store => store.Add(path.Trim(), platformName: platform), root => $"added root '{root.Name}' at {root.Path}"));
        });

    private void EditPlatform()
    {
        if (Current is not { } root)
        {
            return;
        }

        context.Host.Ask($"Platform hint for '{root.Name}' (empty clears it):", root.PlatformName ?? "", platform =>
            Apply(store => store.SetPlatform(root.Name, platform), changed => $"'{changed.Name}' platform hint: {changed.PlatformName ?? "none"}"));
    }

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
