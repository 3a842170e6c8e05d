using Microsoft.Data.Sqlite;
using RomCurator.Core.Storage;

namespace RomCurator.Tui.Shell.Panes;

/// <summary>The database at a glance: where it is, its schema, and how many rows each main table holds.</summary>
public sealed class OverviewPane(SqliteConnection connection) : ListPane("Overview")
{
    protected override IReadOnlyList<PaneKey> PaneKeys => [];

    public override void Refresh()
    {
        var lines = OverviewText.Render(DatabaseSummaryReader.Read(connection)).TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Show(lines[0], lines.Skip(1).ToList());
    }
}
