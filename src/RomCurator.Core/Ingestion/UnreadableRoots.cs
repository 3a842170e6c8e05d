using Microsoft.Data.Sqlite;

namespace RomCurator.Core.Ingestion;

/// <summary>The roots a run could not read at all (discovery recorded the root itself as failed): nothing in them is missing.</summary>
public static class UnreadableRoots
{
    public static HashSet<long> Of(SqliteConnection connection, long logId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT root_id FROM file_discovery WHERE log_id = $log AND relative_path = '' AND promotion_state = 'failed'";
        command.Parameters.AddWithValue("$log", logId);
        using var reader = command.ExecuteReader();
        var roots = new HashSet<long>();
        while (reader.Read())
        {
            roots.Add(reader.GetInt64(0));
        }

        return roots;
    }
}
