using Microsoft.Data.Sqlite;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Reports;

/// <summary>
/// What needs the curator's attention, a page at a time: present files (or archive members) whose content matches
/// no DAT entry, and stale file records (missing since a scan, or under a removed root).
/// </summary>
public sealed class LibraryValidator(SqliteConnection connection)
{
    public const string Unmatched = "unmatched";
    public const string Stale = "stale";

    public IReadOnlyList<ValidationEntry> UnmatchedFiles(int limit = 500, int offset = 0) => Read("""
        WITH RECURSIVE
        located(rom_id, path) AS (
            SELECT f.rom_id, lr.name || '/' || f.relative_path FROM file_instance f JOIN library_root lr ON lr.root_id = f.root_id
            WHERE f.status = 'present' AND lr.removed_at IS NULL
            UNION ALL
            SELECT m.child_rom_id, l.path || '#' || m.path_in_archive FROM archive_member m JOIN located l ON l.rom_id = m.parent_rom_id)
        SELECT l.path, r.size_bytes,
               EXISTS (SELECT 1 FROM ingestion_candidate c WHERE c.rom_id = r.rom_id AND coalesce(c.processed, 0) = 0) AS has_suggestions
        FROM located l JOIN rom_file r ON r.rom_id = l.rom_id
        WHERE r.content_role IN ('rom', 'disc')
          AND NOT EXISTS (SELECT 1 FROM archive_member m WHERE m.parent_rom_id = r.rom_id)
          AND NOT EXISTS (SELECT 1 FROM dat_atomic_link k WHERE k.rom_id = r.rom_id)
        ORDER BY l.path LIMIT $limit OFFSET $offset
        """, limit, offset, row => new ValidationEntry(Unmatched, row.Text("path"), row.LongOrNull("size_bytes"),
            ValidationDetails.Unmatched(row.Flag("has_suggestions"))));

    public IReadOnlyList<ValidationEntry> StaleInstances(int limit = 500, int offset = 0) => Read("""
        SELECT lr.name || '/' || f.relative_path AS path, f.size_bytes, lr.removed_at IS NOT NULL AS root_removed, f.last_seen
        FROM file_instance f JOIN library_root lr ON lr.root_id = f.root_id
        WHERE f.status = 'missing' OR lr.removed_at IS NOT NULL
        ORDER BY 1 LIMIT $limit OFFSET $offset
        """, limit, offset, row => new ValidationEntry(Stale, row.Text("path"), row.LongOrNull("size_bytes"),
            ValidationDetails.Stale(row.Flag("root_removed"), row.TextOrNull("last_seen"))));

    private List<ValidationEntry> Read(string sql, int limit, int offset, Func<SqlRow, ValidationEntry> entry) =>
        connection.Once(sql).Bind("$limit", limit).Bind("$offset", offset).All(entry);
}
