using Microsoft.Data.Sqlite;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Dats.Import;

/// <summary>
/// For the foreign-key check of a DAT import (<see cref="DatImportForeignKeys"/>): ranges of parent row ids that are
/// all there, counted, never assumed. For a table the import appends to, the ids it appended (from the first id it
/// could give to the table's last); for any other table, its ids from the least to the greatest. A range counts only
/// when the table holds a row for every id in it (a removed row leaves a gap: then no range, and every key is looked
/// up). Only a key of one column on the parent's row id (its INTEGER PRIMARY KEY, one without an index of its own) has a
/// range: the value compared is the parent's row id itself (not in a table WITHOUT ROWID, nor a column declared
/// INTEGER PRIMARY KEY DESC).
/// </summary>
internal sealed class ParentRowRanges(SqliteTransaction transaction, IReadOnlyDictionary<string, long> appendedFrom)
{
    private readonly Dictionary<string, IdRange?> ranges = new(StringComparer.Ordinal);

    /// <summary>The parent ids all there for <paramref name="key"/>; null when it has none (or is not on a row id).</summary>
    public IdRange? Of(ForeignKey key)
    {
        if (key.Columns.Count != 1 || !OnRowId(key.Parent, key.Columns[0].To))
        {
            return null;
        }

        if (!ranges.TryGetValue(key.Parent, out var range))
        {
            ranges[key.Parent] = range = Dense(key.Parent);
        }

        return range;
    }

    /// <summary>Ids a table the import does not append to may span for its range to be counted (a bounded cost).</summary>
    private const long MostCountedOtherIds = 1 << 20;

    private IdRange? Dense(string table)
    {
        var appended = appendedFrom.TryGetValue(table, out var from);
        var first = appended ? from : transaction.Once($"SELECT min(rowid) FROM {SqlIdentifier.Quoted(table)}").Long() ?? 1;
        var last = transaction.Once($"SELECT max(rowid) FROM {SqlIdentifier.Quoted(table)}").Long() ?? 0;
        if (last < first || (!appended && last - first >= MostCountedOtherIds))
        {
            return null;
        }

        var rows = transaction.Once($"SELECT count(*) FROM {SqlIdentifier.Quoted(table)} WHERE rowid BETWEEN $first AND $last")
            .Bind("$first", first).Bind("$last", last).Long();
        return rows == last - first + 1 ? new IdRange(first, last) : null;
    }

    /// <summary>Whether <paramref name="column"/> (null: the primary key) of <paramref name="table"/> is its row id.</summary>
    private bool OnRowId(string table, string? column)
    {
        if (transaction.Once("SELECT wr FROM pragma_table_list WHERE name = $table AND schema = 'main'").Bind("$table", table).Long() != 0)
        {
            return false;
        }

        // A primary key with an index of its own is not the row id, whatever its type: "INTEGER PRIMARY KEY DESC" as a
        // column's constraint is such an ordinary column (SQLite's documented quirk). The row id's key has no index.
        if (transaction.Once("SELECT EXISTS (SELECT 1 FROM pragma_index_list($table) WHERE origin = 'pk')").Bind("$table", table).Long() != 0)
        {
            return false;
        }

        var primaryKey = transaction.Once("""
            SELECT name, type FROM pragma_table_info($table) WHERE pk > 0
            """).Bind("$table", table).All(row => (Name: row.Text("name"), Type: row.Text("type")));
        return primaryKey.Count == 1 && string.Equals(primaryKey[0].Type, "INTEGER", StringComparison.OrdinalIgnoreCase)
            && (column is null || string.Equals(column, primaryKey[0].Name, StringComparison.OrdinalIgnoreCase));
    }

}
