using Microsoft.Data.Sqlite;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Organizer;

/// <summary>
/// While alive, every commit of the connection is on disk before it returns (<c>PRAGMA synchronous = FULL</c>: in WAL
/// mode each commit fsyncs the log), so a <c>pending</c> move is durable before its file is renamed, even across a
/// power loss. The connection's previous mode (NORMAL, which keeps scans fast) comes back on dispose. Organizer runs,
/// undo and the settling of interrupted moves hold one; a commit made before it (the run's own row) reaches the disk
/// with the first commit made under it, since the log is written and synced in order.
/// </summary>
public sealed class DurableCommits : IDisposable
{
    public const long Full = 2;

    private readonly SqliteConnection connection;
    private readonly long previous;

    public DurableCommits(SqliteConnection connection)
    {
        this.connection = connection;
        previous = Mode(connection);
        Set(Full);
    }

    /// <summary>The connection's <c>PRAGMA synchronous</c>: 0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA.</summary>
    public static long Mode(SqliteConnection connection) => connection.Once("PRAGMA synchronous").Long()!.Value;

    public void Dispose()
    {
        if (connection.State == System.Data.ConnectionState.Open && previous < Full)
        {
            Set(previous);
        }
    }

    private void Set(long mode) => connection.Once($"PRAGMA synchronous = {mode}").Execute();
}
