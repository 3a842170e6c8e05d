using Microsoft.Data.Sqlite;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Reports;

/// <summary>
/// Matches present CD/GD-ROM images (CHDs, whose members are a cue or gdi and track files) to DAT games as wholes:
/// for each image, the DAT game whose entries most of its tracks equal by hash, and how many of that game's tracks
/// matched. The cue sheet is judged apart: when only it differs (spacing, <c>CATALOG</c>/<c>FLAGS</c> lines, another
/// tool's layout) the tracks decide, and the game counts as complete.
/// </summary>
public sealed class DiscGameMatches(SqliteConnection connection)
{
    private const string IsSheet = "(lower(coalesce({0}, '')) LIKE '%.cue' OR lower(coalesce({0}, '')) LIKE '%.gdi')";

    public IReadOnlyList<DiscGameMatch> Read(string? platformName)
    {
        var entrySheet = string.Format(IsSheet, "e.rom_name");
        var gameSheet = string.Format(IsSheet, "g.rom_name");
        var memberSheet = string.Format(IsSheet, "m.path_in_archive");
        return connection.Once($"""
            WITH RECURSIVE {ReportQueries.PresentRoms},
            discs AS (
                SELECT DISTINCT md.rom_id FROM rom_file_metadata md JOIN present p ON p.rom_id = md.rom_id
                WHERE md.metadata_key = 'chd.tracks'),
            hits AS (
                SELECT d.rom_id AS disc, e.dat_id, e.game_name,
                       count(DISTINCT CASE WHEN NOT {entrySheet} THEN e.dat_entry_id END) AS tracks_matched,
                       max({entrySheet}) AS sheet_matched
                FROM discs d
                JOIN archive_member m ON m.parent_rom_id = d.rom_id
                JOIN dat_atomic_link l ON l.rom_id = m.child_rom_id
                JOIN dat_entry e ON e.dat_entry_id = l.dat_entry_id
                JOIN rom_file r ON r.rom_id = l.rom_id
                WHERE {ReportQueries.HashEquals}
                GROUP BY d.rom_id, e.dat_id, e.game_name),
            ranked AS (
                SELECT h.*, row_number() OVER (PARTITION BY h.disc ORDER BY h.tracks_matched DESC, h.sheet_matched DESC, h.game_name) AS place
                FROM hits h)
            SELECT coalesce((SELECT lr.name FROM file_instance f JOIN library_root lr ON lr.root_id = f.root_id
                             WHERE f.rom_id = k.disc AND f.status = 'present' AND lr.removed_at IS NULL ORDER BY f.instance_id LIMIT 1), '')
                       AS root_name,
                   coalesce((SELECT f.relative_path FROM file_instance f JOIN library_root lr ON lr.root_id = f.root_id
                             WHERE f.rom_id = k.disc AND f.status = 'present' AND lr.removed_at IS NULL ORDER BY f.instance_id LIMIT 1),
                            (SELECT m.path_in_archive FROM archive_member m WHERE m.child_rom_id = k.disc LIMIT 1), '') AS disc_path,
                   df.name AS dat_name, k.game_name, k.tracks_matched,
                   (SELECT count(*) FROM dat_entry g WHERE g.dat_id = k.dat_id AND g.game_name = k.game_name AND NOT {gameSheet}) AS game_tracks,
                   (SELECT count(*) FROM dat_entry g WHERE g.dat_id = k.dat_id AND g.game_name = k.game_name AND {gameSheet}) AS game_sheets,
                   k.sheet_matched,
                   (SELECT count(*) FROM archive_member m WHERE m.parent_rom_id = k.disc AND NOT {memberSheet}) AS disc_tracks
            FROM ranked k JOIN dat_file df ON df.dat_id = k.dat_id LEFT JOIN platform p ON p.platform_id = df.platform_id
            WHERE k.place = 1 AND {LibraryReporter.PlatformFilter("p")}
            ORDER BY 1, 2
            """).Bind("$platform", platformName).All(row =>
        {
            var matched = row.Long("tracks_matched");
            var tracks = row.Long("game_tracks");
            var sheets = row.Long("game_sheets");
            var sheet = sheets == 0 ? "none" : row.Long("sheet_matched") != 0 ? "matched" : "differs";
            var discTracks = row.Long("disc_tracks");
            return new DiscGameMatch(row.Text("root_name"), row.Text("disc_path"), row.Text("dat_name"), row.Text("game_name"),
                matched, tracks, discTracks, sheet, tracks > 0 && matched == tracks && discTracks == tracks);
        });
    }
}
