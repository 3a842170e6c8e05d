using Microsoft.Data.Sqlite;
using RomCurator.Core.FileSystem;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Organizer;

/// <summary>
/// The scan errors of the files the scan could not read (<c>ingestion_queue</c> rows in status 'error') in the active
/// roots of a plan, looked up by file as the plan streams: the queue keeps a file's absolute path, the scan's
/// <see cref="RootedPath.Absolute"/>, so the plan finds a file's error with that same key (the queue's unique index on
/// root and path) instead of gluing paths in SQL. Nothing is read into memory: one prepared lookup per file asked about,
/// and none at all when the roots have no scan error.
/// </summary>
public sealed class UnreadableFiles : IDisposable
{
    private readonly SqlStatement? lookup;

    private UnreadableFiles(SqlStatement? lookup) => this.lookup = lookup;

    /// <summary>The errors in every active root, or in the active root named <paramref name="rootName"/>.</summary>
    public static UnreadableFiles Open(SqliteConnection connection, string? rootName)
    {
        var any = connection.Once("""
            SELECT EXISTS (SELECT 1 FROM ingestion_queue q JOIN library_root lr ON lr.root_id = q.root_id
                           WHERE q.status = 'error' AND lr.is_active = 1 AND ($root IS NULL OR lr.name = $root))
            """).Bind("$root", rootName).Long() == 1;
        return new UnreadableFiles(any
            ? connection.Statement("SELECT error_message FROM ingestion_queue WHERE root_id = $root AND absolute_path = $path AND status = 'error'")
            : null);
    }

    /// <summary>The scan's error for the file at <paramref name="path"/> in root <paramref name="rootId"/>, if it has one.</summary>
    public string? Error(long rootId, RootedPath path) =>
        lookup?.Bind("$root", rootId).Bind("$path", path.Absolute).Text();

    public void Dispose() => lookup?.Dispose();
}
