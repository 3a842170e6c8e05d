using Microsoft.Data.Sqlite;
using RomCurator.Core.Reports;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Preferred;

/// <summary>
/// Reads every imported DAT's games with their parent (cloneof) and the ROMs the library holds of each, by the rule the
/// library report and fixdat judge them by (<see cref="ReportQueries.WantedGames"/>: verified by hash in present files
/// under roots that were not removed; <c>nodump</c> ROMs never missing; a disc game's differing cue or gdi had when every
/// track is). Only reads.
/// </summary>
public sealed class DatGamesReader(SqliteConnection connection)
{
    public IReadOnlyList<DatGames> Read(string? platformName = null)
    {
        var rows = connection.Once($"""
            WITH RECURSIVE {ReportQueries.PresentRoms}, {ReportQueries.HaveEntries}, {ReportQueries.WantedEntries}, {ReportQueries.WantedGames}
            SELECT d.dat_id, d.name AS dat_name, d.version, p.name AS platform, g.game_name, g.roms, g.have,
                   (SELECT max(e.parent_name) FROM dat_entry e WHERE e.dat_id = g.dat_id AND e.game_name = g.game_name) AS parent_name
            FROM games g JOIN dat_file d ON d.dat_id = g.dat_id LEFT JOIN platform p ON p.platform_id = d.platform_id
            WHERE $platform IS NULL OR p.platform_id = (SELECT platform_id FROM platform_links WHERE alias = $platform
                                                        UNION SELECT platform_id FROM platform WHERE name = $platform LIMIT 1)
            ORDER BY d.name, d.dat_id, g.game_name
            """).Bind("$platform", platformName)
            .Stream(row => (DatId: row.Long("dat_id"), Dat: row.Text("dat_name"), Version: row.TextOrNull("version"), Platform: row.TextOrNull("platform"),
                Game: row.Text("game_name"), Parent: row.TextOrNull("parent_name"), Roms: row.Long("roms"), Have: row.Long("have")));
        var dats = new List<DatGames>();
        List<DatGameState>? games = null;
        long datId = -1;
        foreach (var row in rows)
        {
            if (games is null || row.DatId != datId)
            {
                datId = row.DatId;
                games = [];
                dats.Add(new DatGames(datId, row.Dat, row.Version, row.Platform, games));
            }

            games.Add(new DatGameState(new GameVariant(row.Game, string.IsNullOrEmpty(row.Parent) ? null : row.Parent), row.Roms, row.Have));
        }

        return dats;
    }
}
