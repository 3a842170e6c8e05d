using RomCurator.Core.Reports;
using RomCurator.Core.Runs;

namespace RomCurator.Tui.Shell.Panes;

/// <summary>
/// The library at a glance: roots (files, size), DATs, per-platform coverage with a bar, what waits for review, the
/// last scan and organizer run in words, and the one next step.
/// </summary>
public sealed class OverviewPane(PaneContext context) : ListPane("Overview")
{
    protected override IReadOnlyList<PaneKey> PaneKeys => [];

    public override void Refresh()
    {
        var runs = new RunHistory(context.Connection).List(500);
        var facts = new OverviewFacts(
            new LibraryTotalsReader(context.Connection).Read(),
            new LibraryReporter(context.Connection).Build(null).Dats,
            runs.FirstOrDefault(r => r.Job == "file_ingestion"),
            runs.FirstOrDefault(r => r.Job == "organizer"),
            context.Connection.DataSource,
            context.Host.KeyFor);
        var width = View.Frame.Width > 0 ? View.Frame.Width : 78;
        var lines = OverviewText.Render(facts, width, DateTime.UtcNow);
        Show(lines[0], [.. lines.Skip(1)]);
    }
}
