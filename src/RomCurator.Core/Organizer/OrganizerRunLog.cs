using Microsoft.Data.Sqlite;
using RomCurator.Core.Runs;
using RomCurator.Core.Storage;

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
        connection.Once("UPDATE import_log SET run_mode = $mode WHERE log_id = $id").Bind("$mode", mode).Bind("$id", logId).Execute();
        return logId;
    }

    /// <summary>The newest applied organizer run with completed moves (the one undo would revert), or null.</summary>
    public long? LatestApplied() =>
        connection.Once("""
            SELECT max(l.log_id) FROM import_log l JOIN metadata_source s ON s.source_id = l.source_id
            WHERE s.name = $source AND l.run_mode = 'apply'
              AND EXISTS (SELECT 1 FROM file_operation_log o WHERE o.log_id = l.log_id AND o.status = 'completed')
            """).Bind("$source", FileOrganizerService.SourceName).Long();
}
