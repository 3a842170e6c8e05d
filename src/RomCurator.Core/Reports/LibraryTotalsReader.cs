using Microsoft.Data.Sqlite;

namespace RomCurator.Core.Reports;

/// <summary>Reads <see cref="LibraryTotals"/> (removed roots and missing files do not count).</summary>
public sealed class LibraryTotalsReader(SqliteConnection connection)
{
    public LibraryTotals Read()
    {
        var roots = new List<RootTotals>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                SELECT r.name, r.path, p.name, r.is_active,
                       (SELECT count(*) FROM file_instance f WHERE f.root_id = r.root_id AND f.status = 'present'),
                       (SELECT coalesce(sum(f.size_bytes), 0) FROM file_instance f WHERE f.root_id = r.root_id AND f.status = 'present')
                FROM library_root r LEFT JOIN platform p ON p.platform_id = r.platform_id
                WHERE r.removed_at IS NULL ORDER BY r.name
                """;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                roots.Add(new RootTotals(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                    reader.GetInt64(3) == 1, reader.GetInt64(4), reader.GetInt64(5)));
            }
        }

        return new LibraryTotals(roots, Scalar("SELECT count(*) FROM dat_file"), Scalar("SELECT count(*) FROM dat_entry"),
            Scalar("SELECT count(DISTINCT rom_id) FROM ingestion_candidate WHERE coalesce(processed, 0) = 0"));
    }

    private long Scalar(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }
}
