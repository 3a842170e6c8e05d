using Microsoft.Data.Sqlite;
using RomCurator.Core.Reports;

namespace RomCurator.Core.Preferred;

/// <summary>
/// Reads every imported DAT's games with their parent (cloneof) and the ROMs the library holds of each, verified by
/// hash as the library report counts them (present files under roots that were not removed). Only reads.
/// </summary>
public sealed class DatGamesReader(SqliteConnection connection)
{
    public IReadOnlyList<DatGames> Read(string? platformName = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            WITH RECURSIVE {ReportQueries.PresentRoms}, {ReportQueries.HaveEntries},
            games AS (
                SELECT e.dat_id, e.game_name, max(e.parent_name) AS parent_name, count(*) AS roms, count(h.dat_entry_id) AS have
                FROM dat_entry e LEFT JOIN have h ON h.dat_entry_id = e.dat_entry_id
                GROUP BY e.dat_id, e.game_name)
            SELECT d.dat_id, d.name, d.version, p.name, g.game_name, g.parent_name, g.roms, g.have
            FROM games g JOIN dat_file d ON d.dat_id = g.dat_id LEFT JOIN platform p ON p.platform_id = d.platform_id
            WHERE $platform IS NULL OR p.platform_id = (SELECT platform_id FROM platform_links WHERE alias = $platform
                                                        UNION SELECT platform_id FROM platform WHERE name = $platform LIMIT 1)
            ORDER BY d.name, d.dat_id, g.game_name
            """;
        command.Parameters.AddWithValue("$platform", (object?)platformName ?? DBNull.Value);
        using var reader = command.ExecuteReader();
        var dats = new List<DatGames>();
        List<DatGameState>? games = null;
        long datId = -1;
        while (reader.Read())
        {
            if (games is null || reader.GetInt64(0) != datId)
            {
                datId = reader.GetInt64(0);
                games = [];
                dats.Add(new DatGames(datId, reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                    reader.IsDBNull(3) ? null : reader.GetString(3), games));
            }

            var parent = reader.IsDBNull(5) ? null : reader.GetString(5);
            games.Add(new DatGameState(new GameVariant(reader.GetString(4), string.IsNullOrEmpty(parent) ? null : parent), reader.GetInt64(6), reader.GetInt64(7)));
        }

        return dats;
    }
}
