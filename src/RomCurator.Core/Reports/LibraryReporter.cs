using Microsoft.Data.Sqlite;
using RomCurator.Core.Storage;

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
    /// Per DAT, its games and ROMs a library can have (<see cref="ReportQueries.WantedEntries"/>: <c>nodump</c> ROMs do
    /// not count; a disc game's differing cue or gdi counts as had when every track is): a game is complete when it has
    /// every one, missing when none.
    /// </summary>
    private List<DatCoverage> Dats(string? platformName)
    {
        return connection.Once($"""
            WITH RECURSIVE {ReportQueries.PresentRoms}, {ReportQueries.HaveEntries}, {ReportQueries.WantedEntries}, {ReportQueries.WantedGames},
            judged AS (SELECT g.*, g.have = g.roms AS complete FROM games g)
            SELECT d.name AS dat, d.version, p.name AS platform, count(*) AS games, sum(g.complete) AS complete,
                   sum(NOT g.complete AND g.have > 0) AS partial, sum(g.have = 0) AS missing, sum(g.roms) AS roms, sum(g.have) AS have
            FROM judged g JOIN dat_file d ON d.dat_id = g.dat_id LEFT JOIN platform p ON p.platform_id = d.platform_id
            WHERE {PlatformFilter("p")}
            GROUP BY d.dat_id ORDER BY d.name
            """).Bind("$platform", platformName).All(row =>
        {
            var roms = row.Long("roms");
            var have = row.Long("have");
            return new DatCoverage(row.Text("dat"), row.TextOrNull("version"), row.TextOrNull("platform"), row.Long("games"), row.Long("complete"),
                row.Long("partial"), row.Long("missing"), roms, have, roms - have);
        });
    }

    private List<PlatformFiles> Platforms(string? platformName)
    {
        return connection.Once($"""
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
            SELECT pl.name AS platform, count(*) AS files, sum(matched) AS matched, sum(NOT matched) AS unmatched,
                   sum(duplicated) AS duplicates
            FROM placed LEFT JOIN platform pl ON pl.platform_id = placed.platform_id
            WHERE {PlatformFilter("pl")}
            GROUP BY pl.name ORDER BY pl.name
            """).Bind("$platform", platformName)
            .All(row => new PlatformFiles(row.TextOrNull("platform") ?? PlatformFiles.UnknownPlatform, row.Long("files"), row.Long("matched"), row.Long("unmatched"), row.Long("duplicates")));
    }
}
