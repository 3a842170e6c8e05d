using Microsoft.Data.Sqlite;

namespace RomCurator.Core.Reports;

/// <summary>
/// Have / missing per DAT (verified by hash), and per platform the files matched, unmatched and duplicated
/// (the same content present at more than one path). Files under removed roots do not count; paused roots do.
/// </summary>
public sealed class LibraryReporter(SqliteConnection connection)
{
    public LibraryReport Build(string? platformName)
    {
        var dats = Dats(platformName);
        var platforms = Platforms(platformName);
        return new LibraryReport(dats, platforms, platforms.Sum(p => p.Unmatched), platforms.Sum(p => p.Duplicates),
            new DiscGameMatches(connection).Read(platformName));
    }

    /// <summary>True for every row when no platform is asked for, else for the platform any of its names resolves to.</summary>
    internal static string PlatformFilter(string alias) => $"""
        ($platform IS NULL OR {alias}.platform_id = (SELECT platform_id FROM platform_links WHERE alias = $platform
                                                   UNION SELECT platform_id FROM platform WHERE name = $platform LIMIT 1))
        """;

    /// <summary>
    /// A disc game's cue sheet or gdi: when every track of the game is had, the game is complete even if only its
    /// sheet differs (a cue written by another tool, with other spacing or extra lines, is common).
    /// </summary>
    private const string DiscSheet = "(lower(coalesce(e.rom_name, '')) LIKE '%.cue' OR lower(coalesce(e.rom_name, '')) LIKE '%.gdi')";

    private List<DatCoverage> Dats(string? platformName)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            WITH RECURSIVE {ReportQueries.PresentRoms}, {ReportQueries.HaveEntries},
            games AS (
                SELECT e.dat_id, e.game_name, count(*) AS roms, count(h.dat_entry_id) AS have,
                       sum({DiscSheet}) AS sheets, count(CASE WHEN NOT {DiscSheet} THEN h.dat_entry_id END) AS tracks_have
                FROM dat_entry e LEFT JOIN have h ON h.dat_entry_id = e.dat_entry_id
                GROUP BY e.dat_id, e.game_name),
            judged AS (
                SELECT g.*, (g.have = g.roms OR (g.sheets > 0 AND g.roms > g.sheets AND g.tracks_have = g.roms - g.sheets)) AS complete
                FROM games g)
            SELECT d.name, d.version, p.name, count(*), sum(g.complete), sum(NOT g.complete AND g.have > 0),
                   sum(g.have = 0), sum(g.roms), sum(g.have)
            FROM judged g JOIN dat_file d ON d.dat_id = g.dat_id LEFT JOIN platform p ON p.platform_id = d.platform_id
            WHERE {PlatformFilter("p")}
            GROUP BY d.dat_id ORDER BY d.name
            """;
        command.Parameters.AddWithValue("$platform", (object?)platformName ?? DBNull.Value);
        using var reader = command.ExecuteReader();
        var rows = new List<DatCoverage>();
        while (reader.Read())
        {
            var roms = reader.GetInt64(7);
            var have = reader.GetInt64(8);
            rows.Add(new DatCoverage(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5), reader.GetInt64(6), roms, have, roms - have));
        }

        return rows;
    }

    private List<PlatformFiles> Platforms(string? platformName)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            WITH RECURSIVE {ReportQueries.PresentRoms},
            content AS (
                SELECT DISTINCT p.rom_id FROM present p JOIN rom_file r ON r.rom_id = p.rom_id
                WHERE r.content_role IN ('rom', 'disc')
                  AND NOT EXISTS (SELECT 1 FROM archive_member m WHERE m.parent_rom_id = p.rom_id)),
            placed AS (
                SELECT c.rom_id,
                       coalesce((SELECT e.platform_id FROM dat_atomic_link l JOIN dat_entry e ON e.dat_entry_id = l.dat_entry_id
                                 WHERE l.rom_id = c.rom_id ORDER BY l.confidence DESC LIMIT 1),
                                (SELECT lr.platform_id FROM file_instance f JOIN library_root lr ON lr.root_id = f.root_id
                                 WHERE f.rom_id = c.rom_id AND lr.platform_id IS NOT NULL AND lr.removed_at IS NULL LIMIT 1)) AS platform_id,
                       EXISTS (SELECT 1 FROM dat_atomic_link l WHERE l.rom_id = c.rom_id) AS matched,
                       (SELECT count(*) FROM file_instance f JOIN library_root lr ON lr.root_id = f.root_id
                        WHERE f.rom_id = c.rom_id AND f.status = 'present' AND lr.removed_at IS NULL) > 1 AS duplicated
                FROM content c)
            SELECT coalesce(pl.name, '(unknown platform)'), count(*), sum(matched), sum(NOT matched), sum(duplicated)
            FROM placed LEFT JOIN platform pl ON pl.platform_id = placed.platform_id
            WHERE {PlatformFilter("pl")}
            GROUP BY pl.name ORDER BY pl.name
            """;
        command.Parameters.AddWithValue("$platform", (object?)platformName ?? DBNull.Value);
        using var reader = command.ExecuteReader();
        var rows = new List<PlatformFiles>();
        while (reader.Read())
        {
            rows.Add(new PlatformFiles(reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4)));
        }

        return rows;
    }
}
