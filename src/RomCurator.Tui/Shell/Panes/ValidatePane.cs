using RomCurator.Core.Reports;
using Terminal.Gui.Input;

namespace RomCurator.Tui.Shell.Panes;

/// <summary>
/// What needs attention: present files whose content matches no DAT entry, and stale file records (missing since a
/// scan, or under a removed root). v switches between the two; rows come a page at a time.
/// </summary>
public sealed class ValidatePane(PaneContext context) : ListPane("Validate")
{
    private const int PageSize = 500;
    private IReadOnlyList<ValidationEntry> entries = [];
    private bool stale;
    private int page;

    protected override IReadOnlyList<PaneKey> PaneKeys =>
    [
        new([Key.V], "v", "view: unmatched files, or stale file records", () =>
        {
            stale = !stale;
            page = 0;
            Refresh();
        }),
        new([(Key)']'], "]", "next page", () => Turn(+1), InStatusBar: false),
        new([(Key)'['], "[", "previous page", () => Turn(-1), InStatusBar: false),
    ];

    public override void Refresh()
    {
        var validator = new LibraryValidator(context.Connection);
        entries = stale ? validator.StaleInstances(PageSize, page * PageSize) : validator.UnmatchedFiles(PageSize, page * PageSize);
        var what = stale ? "Stale file records (missing since a scan, or under a removed root)" : "Files that match no DAT entry";
        var range = entries.Count == 0 ? "none" : $"{page * PageSize + 1}-{page * PageSize + entries.Count}";
        Show($"{what}: {range}. v switches.", entries.Select(e => $"{e.SizeBytes,12:N0}  {e.Path}").ToList());
    }

    protected override string Describe(int row) => row < entries.Count ? entries[row].Detail : "";

    private void Turn(int pages)
    {
        var previous = page;
        page = Math.Max(0, page + pages);
        Refresh();
        if (entries.Count == 0 && page > 0)
        {
            page = previous;
            Refresh();
        }
    }
}
