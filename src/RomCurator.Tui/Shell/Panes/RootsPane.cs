using Microsoft.Data.Sqlite;
using RomCurator.Core.Library;
using RomCurator.Tui.Cli.Verbs;

namespace RomCurator.Tui.Shell.Panes;

/// <summary>The library roots with their platform hint, file counts and last scan.</summary>
public sealed class RootsPane(SqliteConnection connection) : ListPane("Roots")
{
    protected override IReadOnlyList<PaneKey> PaneKeys => [];

    public override void Refresh()
    {
        var roots = new LibraryRootStore(connection).List(includeInactive: true);
        if (roots.Count == 0)
        {
            Show("No library roots yet: add one with 'romcurator roots add PATH'.", []);
            return;
        }

        var lines = RootsTable.Render(roots).ToList();
        Show(lines[0], lines.Skip(1).ToList());
    }
}
