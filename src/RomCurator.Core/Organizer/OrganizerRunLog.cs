using Microsoft.Data.Sqlite;
using RomCurator.Core.Runs;

namespace RomCurator.Core.Organizer;

/// <summary>
/// The organizer's runs in <c>import_log</c>: each started with its mode ('apply' or 'undo') in <c>run_mode</c>, and the
/// newest applied run that moved files (what undo offers).
/// </summary>
public sealed class OrganizerRunLog(SqliteConnection connection)
{
    public const string Apply = "apply";

    public const string Undo = "undo";

    /// <summary>Starts an organizer run of <paramref name="mode"/> (running, no moves yet) and returns its number.</summary>
    public long Start(string mode)
    {
        var logId = new ImportRunStore(connection).Start(FileOrganizerService.SourceName);
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE import_log SET run_mode = $mode WHERE log_id = $id";
        command.Parameters.AddWithValue("$mode", mode);
        command.Parameters.AddWithValue("$id", logId);
        command.ExecuteNonQuery();
        return logId;
    }

    /// <summary>The newest applied organizer run with completed moves (the one undo would revert), or null.</summary>
    public long? LatestApplied()
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT max(l.log_id) FROM import_log l JOIN metadata_source s ON s.source_id = l.source_id
            WHERE s.name = $source AND l.run_mode = 'apply'
              AND EXISTS (SELECT 1 FROM file_operation_log o WHERE o.log_id = l.log_id AND o.status = 'completed')
            """;
        command.Parameters.AddWithValue("$source", FileOrganizerService.SourceName);
        return command.ExecuteScalar() is long id ? id : null;
    }
}
