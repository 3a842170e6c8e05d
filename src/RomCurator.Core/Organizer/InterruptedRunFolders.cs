using Microsoft.Data.Sqlite;

namespace RomCurator.Core.Organizer;

/// <summary>
/// An organizer run removes the folders its moves emptied only after its last move; a run that never got there
/// (killed, so still <c>running</c> or closed as interrupted, or cancelled: anything but <c>completed</c> in
/// <c>import_log</c>) leaves them behind. This removes the source folders of such runs' completed moves that are
/// still empty, so the library ends as if the run had finished.
/// </summary>
public sealed class InterruptedRunFolders(SqliteConnection connection)
{
    public void Remove()
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT DISTINCT o.source_path, lr.path
            FROM file_operation_log o
            JOIN import_log l ON l.log_id = o.log_id
            JOIN metadata_source s ON s.source_id = l.source_id
            JOIN file_instance f ON f.instance_id = o.instance_id
            JOIN library_root lr ON lr.root_id = f.root_id
            WHERE s.name = $source AND l.status <> 'completed' AND o.operation_type = 'move' AND o.status = 'completed'
            """;
        command.Parameters.AddWithValue("$source", FileOrganizerService.SourceName);
        var folders = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                folders.TryAdd(Path.GetDirectoryName(reader.GetString(0))!, reader.GetString(1));
            }
        }

        foreach (var (folder, root) in folders.OrderByDescending(f => f.Key.Length))
        {
            EmptyFolders.Remove(folder, root);
        }
    }
}
