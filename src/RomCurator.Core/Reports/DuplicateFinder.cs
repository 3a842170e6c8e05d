using Microsoft.Data.Sqlite;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Reports;

/// <summary>
/// Finds contents whose SHA-1 is present more than once across the roots (removed roots do not count; paused ones do),
/// as loose files and as members of archives, nested ones included. A cleanup could delete every loose copy but one
/// copy of the content (a copy inside an archive counts as the one kept): that is what <see cref="DuplicateGroup.ReclaimableBytes"/>
/// says. Copies inside archives free nothing by themselves (the archive would have to be rewritten). It only reads:
/// nothing is ever deleted.
/// </summary>
public sealed class DuplicateFinder(SqliteConnection connection)
{
    public DuplicateReport Find()
    {
        var rows = connection.Once("""
            WITH RECURSIVE location(rom_id, path, loose, depth) AS (
                SELECT f.rom_id, lr.name || '/' || f.relative_path, 1, 0
                FROM file_instance f JOIN library_root lr ON lr.root_id = f.root_id
                WHERE f.status = 'present' AND lr.removed_at IS NULL
                UNION ALL
                SELECT m.child_rom_id, l.path || '#' || m.path_in_archive, 0, l.depth + 1
                FROM archive_member m JOIN location l ON l.rom_id = m.parent_rom_id
                WHERE l.depth < 16
            ),
            repeated AS (SELECT rom_id FROM location GROUP BY rom_id HAVING count(*) > 1)
            SELECT r.sha1, r.size_bytes, l.path, l.loose
            FROM location l JOIN repeated USING (rom_id) JOIN rom_file r ON r.rom_id = l.rom_id
            ORDER BY r.sha1, l.loose DESC, l.path
            """).Stream(row => (Sha1: row.Text("sha1"), Size: row.Long("size_bytes"), Path: row.Text("path"), Loose: (int)row.Long("loose")));
        var groups = new List<DuplicateGroup>();
        string? sha1 = null;
        long size = 0;
        var copies = new List<string>();
        var loose = 0;
        foreach (var row in rows)
        {
            if (row.Sha1 != sha1)
            {
                Close(groups, sha1, size, copies, loose);
                sha1 = row.Sha1;
                size = row.Size;
                copies = [];
                loose = 0;
            }

            copies.Add(row.Path);
            loose += row.Loose;
        }

        Close(groups, sha1, size, copies, loose);
        var ordered = groups.OrderByDescending(g => g.ReclaimableBytes).ThenByDescending(g => g.Size).ThenBy(g => g.Sha1, StringComparer.Ordinal).ToList();
        return new DuplicateReport(ordered, ordered.Sum(g => (long)g.Copies.Count), ordered.Sum(g => g.ReclaimableBytes));
    }

    private static void Close(List<DuplicateGroup> groups, string? sha1, long size, List<string> copies, int loose)
    {
        if (sha1 is not null && copies.Count > 1)
        {
            groups.Add(new DuplicateGroup(sha1, size, copies, loose, size * Math.Min(loose, copies.Count - 1)));
        }
    }
}
