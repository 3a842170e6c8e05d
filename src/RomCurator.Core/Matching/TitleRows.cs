using Microsoft.Data.Sqlite;

namespace RomCurator.Core.Matching;

/// <summary>
/// Reads DAT games back by the entry id a <see cref="TitleIndex"/> keeps, with the facts of their names, the sizes of
/// their ROMs and whether they are clones.
/// </summary>
public static class TitleRows
{
    public static List<IndexedTitle> Read(SqliteConnection connection, IEnumerable<long> entryIds)
    {
        var titles = new List<IndexedTitle>();
        // Created here, not kept: a command takes the connection's transaction when it is created.
        using var command = connection.CreateCommand();
        command.CommandText = $$"""
            SELECT l.atomic_id, e.release_id, e.game_name, e.parent_name IS NOT NULL,
                   {{RomSizeList.Select}}
            FROM dat_entry e JOIN dat_atomic_link l ON l.dat_entry_id = e.dat_entry_id AND l.rom_id IS NULL
            WHERE e.dat_entry_id = $entry
            """;
        var entry = command.Parameters.Add("$entry", SqliteType.Integer);
        foreach (var entryId in entryIds)
        {
            entry.Value = entryId;
            using var reader = command.ExecuteReader();
            if (reader.Read())
            {
                var name = reader.GetString(2);
                titles.Add(new IndexedTitle(entryId, reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetInt64(1), name, TitleFacts.From(name),
                    RomSizeList.Parse(reader.IsDBNull(4) ? null : reader.GetString(4)), reader.GetInt64(3) != 0));
            }
        }

        return titles;
    }
}
