using Microsoft.Data.Sqlite;
using RomCurator.Core.FileSystem;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Organizer;

/// <summary>
/// The multi-disc playlists the organizer wrote and has not removed since, by root and absolute path (the
/// <c>file_operation_log</c> rows of <see cref="PlaylistOperations"/>, completed, replayed in order: a write, then an
/// undo's delete), with the SHA-1 of what was written. Once a scan has seen such a playlist it is a file of the library;
/// the plan recognises it by path and content and does not list it as a file no DAT entry matches (its playlist line
/// says where it stands). A playlist edited since is no longer the organizer's: it is the user's file, listed as any other.
/// </summary>
public sealed class WrittenPlaylists
{
    private readonly Dictionary<(long RootId, string AbsolutePath), string> written;

    private WrittenPlaylists(Dictionary<(long RootId, string AbsolutePath), string> written) => this.written = written;

    /// <summary>The playlists in every active root, or in the active root named <paramref name="rootName"/>.</summary>
    public static WrittenPlaylists Read(SqliteConnection connection, string? rootName)
    {
        var rows = connection.Once($"""
            SELECT o.root_id, o.operation_type, o.destination_path, o.content_sha1 FROM file_operation_log o
            JOIN library_root lr ON lr.root_id = o.root_id
            WHERE o.instance_id IS NULL AND o.operation_type IN ('{PlaylistOperations.Write}', '{PlaylistOperations.Remove}')
              AND o.status = 'completed' AND o.content_sha1 IS NOT NULL AND o.destination_path IS NOT NULL
              AND lr.is_active = 1 AND ($root IS NULL OR lr.name = $root)
            ORDER BY o.operation_id
            """).Bind("$root", rootName).All(row => (row.Long("root_id"), row.Text("operation_type"), row.Text("destination_path"), row.Text("content_sha1")));
        var written = new Dictionary<(long, string), string>();
        foreach (var (rootId, type, path, sha1) in rows)
        {
            if (type == PlaylistOperations.Write)
            {
                written[(rootId, path)] = sha1;
            }
            else
            {
                written.Remove((rootId, path));
            }
        }

        return new WrittenPlaylists(written);
    }

    /// <summary>Whether the file at <paramref name="path"/> in root <paramref name="rootId"/>, with content <paramref name="sha1"/>, is a playlist the organizer wrote, unchanged.</summary>
    public bool Wrote(long rootId, RootedPath path, string? sha1) =>
        sha1 is not null && written.TryGetValue((rootId, path.Absolute), out var wrote) && string.Equals(wrote, sha1, StringComparison.OrdinalIgnoreCase);
}
