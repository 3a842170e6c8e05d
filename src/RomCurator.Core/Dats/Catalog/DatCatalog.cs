using Microsoft.Data.Sqlite;
using RomCurator.Core.Reports;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Dats.Catalog;

/// <summary>The imported DATs, with their have/missing counts (the report's coverage, by hash), by name.</summary>
public sealed class DatCatalog(SqliteConnection connection)
{
    public IReadOnlyList<ImportedDat> List()
    {
        var coverage = new LibraryReporter(connection).Build(null).Dats.ToDictionary(d => d.Dat, StringComparer.Ordinal);
        return connection.Once("""
            SELECT d.name, d.version, coalesce(d.dialect, d.format) AS format, p.name AS platform, d.imported_at,
                   (SELECT count(DISTINCT e.game_name) FROM dat_entry e WHERE e.dat_id = d.dat_id) AS games,
                   (SELECT count(*) FROM dat_entry e WHERE e.dat_id = d.dat_id) AS entries
            FROM dat_file d LEFT JOIN platform p ON p.platform_id = d.platform_id
            ORDER BY d.name COLLATE NOCASE
            """).All(row =>
        {
            var name = row.Text("name");
            var games = row.Long("games");
            var covered = coverage.GetValueOrDefault(name);
            return new ImportedDat(name, row.TextOrNull("version"), row.Text("format"), row.TextOrNull("platform"), row.Text("imported_at"), games,
                row.Long("entries"), covered?.GamesComplete ?? 0, covered?.GamesPartial ?? 0, covered?.GamesMissing ?? games);
        });
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
