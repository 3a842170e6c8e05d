using Microsoft.Data.Sqlite;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Matching;

/// <summary>
/// Reads DAT games back by the entry id a <see cref="TitleIndex"/> keeps, with the facts of their names, the sizes of
/// their ROMs and whether they are clones. Its query is prepared once, at the first read: it takes the connection's
/// transaction of that moment, so an instance serves one transaction (or none).
/// </summary>
public sealed class TitleRows(SqliteConnection connection) : IDisposable
{
    private SqlStatement? select;

    public List<IndexedTitle> Read(IEnumerable<long> entryIds) => ReadRows(entryIds).ConvertAll(row => row.ToIndexed());

    /// <summary>The games of <paramref name="entryIds"/> in that order (those no longer listed left out), their names not parsed yet.</summary>
    public List<TitleRow> ReadRows(IEnumerable<long> entryIds)
    {
        var titles = new List<TitleRow>();
        select ??= connection.Statement($$"""
            SELECT l.atomic_id, e.release_id, e.game_name, e.parent_name IS NOT NULL AS is_clone,
                   {{RomSizeList.Select}} AS rom_sizes
            FROM dat_entry e JOIN dat_atomic_link l ON l.dat_entry_id = e.dat_entry_id AND l.rom_id IS NULL
            WHERE e.dat_entry_id = $entry
            """);
        foreach (var entryId in entryIds)
        {
            var title = select.Bind("$entry", entryId).First(row => new TitleRow(entryId, row.Long("atomic_id"), row.LongOrNull("release_id"),
                row.Text("game_name"), RomSizeList.Parse(row.TextOrNull("rom_sizes")), row.Long("is_clone") != 0));
            if (title is not null)
            {
                titles.Add(title);
            }
        }

        return titles;
    }

    public void Dispose() => select?.Dispose();
}
