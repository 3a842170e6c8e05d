using RomCurator.Core.Reports;
using Terminal.Gui.Input;

namespace RomCurator.Tui.Shell.Panes;

/// <summary>
/// What needs attention: present files whose content matches no DAT entry, and stale file records (missing since a
/// scan, or under a removed root). v switches between the two; rows come a page at a time, each page read in the
/// background (sorting a large library's paths takes a moment): the pane draws at once and the page follows.
/// </summary>
public sealed class ValidatePane(PaneContext context) : ListPane("Validate")
{
    private const int PageSize = 500;
    private readonly BackgroundRead<Page> read = new(context.App, context.Connection.DataSource);
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

    /// <summary>True once the page asked for last shows (or the line saying why it could not be read).</summary>
    internal bool Shown { get; private set; }

    /// <summary>Plays the read's main-loop timer (tests; the headless clock does not advance).</summary>
    internal bool Tick() => read.Tick();

    public override void Refresh() => Read(page, turning: false);

    private void Read(int wanted, bool turning)
    {
        Shown = false;
        var staleView = stale;
        entries = [];
        Show($"{What(staleView)}: reading…", []);
        read.Start(
            connection =>
            {
                var validator = new LibraryValidator(connection);
                return new Page(wanted, staleView,
                    staleView ? validator.StaleInstances(PageSize, wanted * PageSize) : validator.UnmatchedFiles(PageSize, wanted * PageSize));
            },
            error => ReadFailure.Line($"{What(staleView)}: not read", error),
            ending =>
            {
                Shown = true;
                if (ending.Result is not { } shown)
                {
                    Show(ending.Failure ?? "Not read.", []);
                    return;
                }

                // Past the last page: the page before stays.
                if (turning && shown.Entries.Count == 0 && shown.Number > 0)
                {
                    page = shown.Number - 1;
                    Read(page, turning: false);
                    return;
                }

                entries = shown.Entries;
                var range = entries.Count == 0 ? "none" : $"{shown.Number * PageSize + 1}-{shown.Number * PageSize + entries.Count}";
                Show($"{What(shown.Stale)}: {range}. v switches.", entries.Select(e => $"{e.SizeBytes,12:N0}  {e.Path}").ToList());
            });
    }

    private static string What(bool stale) =>
        stale ? "Stale file records (missing since a scan, or under a removed root)" : "Files that match no DAT entry";

    protected override string Describe(int row) => row < entries.Count ? entries[row].Detail : "";

    private void Turn(int pages)
    {
        page = Math.Max(0, page + pages);
        Read(page, turning: pages > 0);
    }

    private sealed record Page(int Number, bool Stale, IReadOnlyList<ValidationEntry> Entries);
}
