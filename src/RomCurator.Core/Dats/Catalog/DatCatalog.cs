using Microsoft.Data.Sqlite;
using RomCurator.Core.Reports;

namespace RomCurator.Core.Dats.Catalog;

/// <summary>The imported DATs, with their have/missing counts (the report's coverage, by hash), by name.</summary>
public sealed class DatCatalog(SqliteConnection connection)
{
    public IReadOnlyList<ImportedDat> List()
    {
        var coverage = new LibraryReporter(connection).Build(null).Dats.ToDictionary(d => d.Dat, StringComparer.Ordinal);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT d.name, d.version, coalesce(d.dialect, d.format), p.name, d.imported_at,
                   (SELECT count(DISTINCT e.game_name) FROM dat_entry e WHERE e.dat_id = d.dat_id),
                   (SELECT count(*) FROM dat_entry e WHERE e.dat_id = d.dat_id)
            FROM dat_file d LEFT JOIN platform p ON p.platform_id = d.platform_id
            ORDER BY d.name COLLATE NOCASE
            """;
        using var reader = command.ExecuteReader();
        var rows = new List<ImportedDat>();
        while (reader.Read())
        {
            var name = reader.GetString(0);
            var games = reader.GetInt64(5);
            var covered = coverage.GetValueOrDefault(name);
            rows.Add(new ImportedDat(name, reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetString(4), games, reader.GetInt64(6),
                covered?.GamesComplete ?? 0, covered?.GamesPartial ?? 0, covered?.GamesMissing ?? games));
        }

        return rows;
    }

    /// <summary>The imported DAT of that name (exact, else the only one matching without regard to case), or null.</summary>
    public string? Find(string name)
    {
        var names = List().Select(d => d.Name).ToList();
        if (names.Contains(name, StringComparer.Ordinal))
        {
            return name;
        }

        var folded = names.Where(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase)).ToList();
        return folded.Count == 1 ? folded[0] : null;
    }
}
