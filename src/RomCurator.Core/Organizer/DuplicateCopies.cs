using Microsoft.Data.Sqlite;

namespace RomCurator.Core.Organizer;

/// <summary>
/// The files of the active roots whose content another file of the same root has too (at least one byte; files only,
/// not archive members), grouped by root and content: read once before a plan with <c>organizer.duplicates</c> = move,
/// so memory grows with the duplicates only. <see cref="DuplicateLayout"/> decides which copy stays.
/// </summary>
public sealed class DuplicateCopies
{
    private readonly Dictionary<long, CopiesOfContent> byInstance = [];

    private DuplicateCopies()
    {
    }

    public static DuplicateCopies Read(SqliteConnection connection, string? rootName)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT f.instance_id, f.root_id, f.rom_id, f.relative_path
            FROM file_instance f
            JOIN library_root lr ON lr.root_id = f.root_id
            JOIN rom_file r ON r.rom_id = f.rom_id
            WHERE f.status = 'present' AND lr.is_active = 1 AND ($root IS NULL OR lr.name = $root) AND r.size_bytes > 0
              AND EXISTS (SELECT 1 FROM file_instance o WHERE o.rom_id = f.rom_id AND o.root_id = f.root_id
                          AND o.status = 'present' AND o.instance_id <> f.instance_id)
            ORDER BY f.root_id, f.rom_id, f.relative_path
            """;
        command.Parameters.AddWithValue("$root", (object?)rootName ?? DBNull.Value);
        var copies = new DuplicateCopies();
        var groups = new Dictionary<(long Root, long Rom), CopiesOfContent>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var key = (reader.GetInt64(1), reader.GetInt64(2));
            if (!groups.TryGetValue(key, out var group))
            {
                group = groups[key] = new CopiesOfContent();
            }

            group.Paths.Add(reader.GetString(3));
            copies.byInstance[reader.GetInt64(0)] = group;
        }

        return copies;
    }

    /// <summary>The copies of the file's content in its root (itself included), or null when it has none.</summary>
    public CopiesOfContent? Of(long instanceId) => byInstance.GetValueOrDefault(instanceId);
}
