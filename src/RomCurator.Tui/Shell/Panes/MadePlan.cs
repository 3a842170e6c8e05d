using Microsoft.Data.Sqlite;
using RomCurator.Core.Organizer;

namespace RomCurator.Tui.Shell.Panes;

/// <summary>
/// A plan the Organizer pane made in the background: its table lives on the connection it was made on (a temporary
/// table belongs to one connection), which the pane then reads pages from; disposed when a newer plan replaces it.
/// </summary>
public sealed class MadePlan(PlanTable table, SqliteConnection connection, IReadOnlyDictionary<string, string> rootPaths, long planId, int recoveryDue)
    : IDisposable
{
    public PlanTable Table { get; } = table;

    /// <summary>Each root's path by name (inactive roots too), for the detail strip.</summary>
    public IReadOnlyDictionary<string, string> RootPaths { get; } = rootPaths;

    /// <summary>The number the plan is remembered by: a applies exactly this plan.</summary>
    public long PlanId { get; } = planId;

    /// <summary>Moves an interrupted organizer run left pending.</summary>
    public int RecoveryDue { get; } = recoveryDue;

    public void Dispose()
    {
        Table.Dispose();
        connection.Dispose();
    }
}
