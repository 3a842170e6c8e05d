using Microsoft.Data.Sqlite;
using RomCurator.Core.Storage;

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
        var copies = new DuplicateCopies();
        var groups = new Dictionary<(long Root, long Rom), CopiesOfContent>();
        var rows = connection.Once("""
            SELECT f.instance_id, f.root_id, f.rom_id, f.relative_path
            FROM file_instance f
            JOIN library_root lr ON lr.root_id = f.root_id
            JOIN rom_file r ON r.rom_id = f.rom_id
            WHERE f.status = 'present' AND lr.is_active = 1 AND ($root IS NULL OR lr.name = $root) AND r.size_bytes > 0
              AND EXISTS (SELECT 1 FROM file_instance o WHERE o.rom_id = f.rom_id AND o.root_id = f.root_id
                          AND o.status = 'present' AND o.instance_id <> f.instance_id)
            ORDER BY f.root_id, f.rom_id, f.relative_path
            """).Bind("$root", rootName)
            .Stream(row => (Instance: row.Long("instance_id"), Root: row.Long("root_id"), Rom: row.Long("rom_id"), Path: row.Text("relative_path")));
        foreach (var copy in rows)
        {
            if (!groups.TryGetValue((copy.Root, copy.Rom), out var group))
            {
                group = groups[(copy.Root, copy.Rom)] = new CopiesOfContent();
            }

            group.Paths.Add(copy.Path);
            copies.byInstance[copy.Instance] = group;
        }

        return copies;
    }

    /// <summary>The copies of the file's content in its root (itself included), or null when it has none.</summary>
    public CopiesOfContent? Of(long instanceId) => byInstance.GetValueOrDefault(instanceId);
}
