using Microsoft.Data.Sqlite;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Discovery;

/// <summary>The roots a run could not read at all (discovery recorded the root itself as failed): nothing in them is missing.</summary>
public static class UnreadableRoots
{
    public static HashSet<long> Of(SqliteConnection connection, long logId) =>
        connection.Once("SELECT root_id FROM file_discovery WHERE log_id = $log AND relative_path = '' AND promotion_state = 'failed'")
            .Bind("$log", logId).All(row => row.Long("root_id")).ToHashSet();
}
