using Microsoft.Data.Sqlite;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Reports;

/// <summary>Reads <see cref="LibraryTotals"/> (removed roots and missing files do not count).</summary>
public sealed class LibraryTotalsReader(SqliteConnection connection)
{
    public LibraryTotals Read()
    {
        var roots = connection.Once("""
            SELECT r.name, r.path, p.name AS platform, r.is_active,
                   (SELECT count(*) FROM file_instance f WHERE f.root_id = r.root_id AND f.status = 'present') AS files,
                   (SELECT coalesce(sum(f.size_bytes), 0) FROM file_instance f WHERE f.root_id = r.root_id AND f.status = 'present') AS bytes
            FROM library_root r LEFT JOIN platform p ON p.platform_id = r.platform_id
            WHERE r.removed_at IS NULL ORDER BY r.name
            """).All(row => new RootTotals(row.Text("name"), row.Text("path"), row.TextOrNull("platform"), row.Long("is_active") == 1,
                row.Long("files"), row.Long("bytes")));

        return new LibraryTotals(roots, Scalar("SELECT count(*) FROM dat_file"), Scalar("SELECT count(*) FROM dat_entry"),
            Scalar("SELECT count(DISTINCT rom_id) FROM ingestion_candidate WHERE coalesce(processed, 0) = 0"));
    }

    private long Scalar(string sql) => connection.Once(sql).Long() ?? 0;
}
