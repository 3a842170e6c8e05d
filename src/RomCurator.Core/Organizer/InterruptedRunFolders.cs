using Microsoft.Data.Sqlite;
using RomCurator.Core.Storage;

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
        var moved = connection.Once("""
            SELECT DISTINCT o.source_path, lr.path AS root
            FROM file_operation_log o
            JOIN import_log l ON l.log_id = o.log_id
            JOIN metadata_source s ON s.source_id = l.source_id
            JOIN file_instance f ON f.instance_id = o.instance_id
            JOIN library_root lr ON lr.root_id = f.root_id
            WHERE s.name = $source AND l.status <> 'completed' AND o.operation_type = 'move' AND o.status = 'completed'
            """).Bind("$source", FileOrganizerService.SourceName).All(row => (Source: row.Text("source_path"), Root: row.Text("root")));
        var folders = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (source, root) in moved)
        {
            folders.TryAdd(Path.GetDirectoryName(source)!, root);
        }

        foreach (var (folder, root) in folders.OrderByDescending(f => f.Key.Length))
        {
            EmptyFolders.Remove(folder, root);
        }
    }
}
