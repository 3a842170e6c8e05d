using Microsoft.Data.Sqlite;
using RomCurator.Core.Storage;

namespace RomCurator.Tui.Shell.Panes;

/// <summary>
/// The database at a glance: where it is, its schema, how many rows each main table holds, and the next step for a
/// library that is not set up yet.
/// </summary>
public sealed class OverviewPane(SqliteConnection connection) : ListPane("Overview")
{
    protected override IReadOnlyList<PaneKey> PaneKeys => [];

    public override void Refresh()
    {
        var summary = DatabaseSummaryReader.Read(connection);
        var lines = OverviewText.Render(summary).TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Show(lines[0], [.. lines.Skip(1), "", NextStep(summary)]);
    }

    private static string NextStep(DatabaseSummary summary)
    {
        long Count(string table) => summary.RowCounts.GetValueOrDefault(table);
        return Count("library_root") == 0 ? "Next: press 2, then a, to add the folder your ROMs are in."
            : Count("dat_file") == 0 ? "Next: import DATs (romcurator dat import FILE…), then scan with 3 and Enter."
            : Count("file_instance") == 0 ? "Next: press 3, then Enter, to scan the library."
            : "Press 4 for the review queue, 5 for where the organizer would put the files.";
    }
}
