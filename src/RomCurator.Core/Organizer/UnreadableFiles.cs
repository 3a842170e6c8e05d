using Microsoft.Data.Sqlite;
using RomCurator.Core.FileSystem;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Organizer;

/// <summary>
/// The scan errors of the files the scan could not read (<c>ingestion_queue</c> rows in status 'error') in the active
/// roots of a plan, looked up by file: the queue keeps a file's absolute path, the scan's
/// <see cref="RootedPath.Absolute"/>, so the plan finds a file's error with that same join instead of gluing paths in SQL.
/// </summary>
public sealed class UnreadableFiles
{
    private readonly Dictionary<(long RootId, string AbsolutePath), string?> errors;

    private UnreadableFiles(Dictionary<(long RootId, string AbsolutePath), string?> errors) => this.errors = errors;

    /// <summary>The errors in every active root, or in the active root named <paramref name="rootName"/>.</summary>
    public static UnreadableFiles Read(SqliteConnection connection, string? rootName)
    {
        var rows = connection.Once("""
            SELECT q.root_id, q.absolute_path, q.error_message FROM ingestion_queue q
            JOIN library_root lr ON lr.root_id = q.root_id
            WHERE q.status = 'error' AND lr.is_active = 1 AND ($root IS NULL OR lr.name = $root)
            """).Bind("$root", rootName).All(row => (row.Long("root_id"), row.Text("absolute_path"), row.TextOrNull("error_message")));
        var errors = new Dictionary<(long, string), string?>(rows.Count);
        foreach (var (rootId, absolutePath, message) in rows)
        {
            errors[(rootId, absolutePath)] = message;
        }

        return new UnreadableFiles(errors);
    }

    /// <summary>The scan's error for the file at <paramref name="path"/> in root <paramref name="rootId"/>, if it has one.</summary>
    public string? Error(long rootId, RootedPath path) => errors.GetValueOrDefault((rootId, path.Absolute));
}
