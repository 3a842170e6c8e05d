using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Dats.Import;

/// <summary>
/// Foreign keys of a DAT new to the database checked once, after its rows are written, instead of by SQLite on every
/// row appended (about eleven parent look-ups per game, a third of SQLite's work in the load). SQLite switches
/// <c>foreign_keys</c> only outside a transaction: <see cref="Deferred"/> switches it off before the import's
/// transaction begins and <see cref="Dispose"/> restores it once the transaction has ended (committed or rolled back).
/// <see cref="Begin"/> notes, inside the transaction, the first row id each written table can give; <see cref="Check"/>,
/// before the commit, looks up every foreign key of the rows from there on in its parent table — the keys read from
/// the schema (<c>pragma_foreign_key_list</c>), as <c>PRAGMA foreign_key_check</c> does, but over the rows appended
/// by this import rather than the whole database — and throws on the first one missing: the caller's transaction rolls
/// back, nothing is changed. A key whose value lies in a range of parent ids that are all there
/// (<see cref="ParentRowRanges"/>) is not looked up. The family linker's deletes run with the keys off too: for a DAT new to the database
/// they remove only releases and atomic games that nothing references, so no cascade has anything to do.
/// </summary>
public sealed class DatImportForeignKeys : IDisposable
{
    /// <summary>The tables a DAT import appends rows to, parents first.</summary>
    private static readonly string[] Tables = ["atomic_game_unit", "game_release", "dat_entry", "dat_entry_metadata", "dat_atomic_link"];

    private readonly SqliteConnection connection;
    private readonly long previous;
    private readonly bool switchedOff;
    private readonly Dictionary<string, long> firstIds = new(StringComparer.Ordinal);

    private DatImportForeignKeys(SqliteConnection connection, bool off)
    {
        this.connection = connection;
        previous = connection.Once("PRAGMA foreign_keys").Long() ?? 0;
        if (off && previous != 0)
        {
            connection.Once("PRAGMA foreign_keys = OFF").Execute();
            switchedOff = connection.Once("PRAGMA foreign_keys").Long() == 0;
        }
    }

    /// <summary>Keys checked by <see cref="Check"/> instead of on every row; call it outside any transaction.</summary>
    public static DatImportForeignKeys Deferred(SqliteConnection connection) => new(connection, off: true);

    /// <summary>Keys checked by SQLite on every row, as always (the update path of a DAT already stored).</summary>
    public static DatImportForeignKeys Enforced(SqliteConnection connection) => new(connection, off: false);

    /// <summary>Whether SQLite's own checks are off until <see cref="Dispose"/>.</summary>
    public bool IsDeferred => switchedOff;

    /// <summary>Notes where the rows this import appends begin, before it writes any.</summary>
    public void Begin(SqliteTransaction transaction)
    {
        if (!switchedOff)
        {
            return;
        }

        foreach (var table in Tables)
        {
            firstIds[table] = transaction.Once($"SELECT coalesce(max(rowid), 0) + 1 FROM {table}").Long()!.Value;
        }
    }

    /// <summary>
    /// Throws <see cref="DatImportException"/> naming the first row appended since <see cref="Begin"/> whose foreign
    /// key has no parent row.
    /// </summary>
    public void Check(SqliteTransaction transaction)
    {
        if (!switchedOff)
        {
            return;
        }

        var present = new ParentRowRanges(transaction, firstIds);
        foreach (var table in Tables)
        {
            var keys = transaction.Once("""
                SELECT id, "table" AS parent, "from" AS child_column, "to" AS parent_column FROM pragma_foreign_key_list($table)
                ORDER BY id, seq
                """).Bind("$table", table).All(row => (Id: row.Long("id"), Parent: row.Text("parent"), From: row.Text("child_column"),
                    To: row.TextOrNull("parent_column")))
                .GroupBy(column => column.Id)
                .Select(key => new ForeignKey(key.First().Parent, [.. key.Select(column => (column.From, column.To))]))
                .Select(key => present.Of(key) is { } range ? key with { Present = range } : key)
                .ToList();
            if (keys.Count == 0)
            {
                continue;
            }

            // One pass over the table's new rows for all its keys; the key to name is looked for only on a miss.
            if (transaction.Once(MissingParentSql(table, keys)).Bind("$first", firstIds[table]).Long() is { } rowId)
            {
                var key = keys.First(k => transaction.Once(MissingParentSql(table, [k])).Bind("$first", rowId).Long() == rowId);
                throw new DatImportException(
                    $"a written {table} row (id {rowId}) references a missing {key.Parent} row " +
                    $"({string.Join(", ", key.Columns.Select(column => column.From))}); nothing was changed");
            }
        }
    }

    /// <summary>
    /// The first row (rowid from <c>$first</c>) one of whose keys has no parent row; a key with a NULL column refers to
    /// nothing, as in SQLite. An integer within a key's <see cref="ForeignKey.Present"/> range (parent rows known to be
    /// there, every id of it) needs no look-up: a DAT's rows mostly reference rows the same import appended, or the one
    /// platform, DAT and run, and a look-up per row and key was most of the check's time.
    /// </summary>
    internal static string MissingParentSql(string table, IReadOnlyList<ForeignKey> keys)
    {
        var sql = new StringBuilder($"SELECT c.rowid FROM {SqlIdentifier.Quoted(table)} c WHERE c.rowid >= $first AND (");
        sql.Append(string.Join(" OR ", keys.Select(key =>
            "(" + string.Concat(key.Columns.Select(column => $"c.{SqlIdentifier.Quoted(column.From)} IS NOT NULL AND ")) +
            (key.Present is { } range
                ? $"NOT (typeof(c.{SqlIdentifier.Quoted(key.Columns[0].From)}) = 'integer' AND c.{SqlIdentifier.Quoted(key.Columns[0].From)} BETWEEN {range.First} AND {range.Last}) AND "
                : "") +
            $"NOT EXISTS (SELECT 1 FROM {SqlIdentifier.Quoted(key.Parent)} p WHERE " +
            string.Join(" AND ", key.Columns.Select(column => $"p.{(column.To is null ? "rowid" : SqlIdentifier.Quoted(column.To))} = c.{SqlIdentifier.Quoted(column.From)}")) +
            "))")));
        sql.Append(") LIMIT 1");
        return sql.ToString();
    }

    /// <summary>
    /// Restores the keys. SQLite ignores <c>PRAGMA foreign_keys</c> inside a transaction without an error: a transaction
    /// still open here (the import's rollback failed) is rolled back first — nothing of an unfinished import may be
    /// committed later — and the setting is read back. A connection whose keys cannot be restored is closed rather
    /// than left in use with its writes unchecked (opening it again switches them on).
    /// </summary>
    public void Dispose()
    {
        if (!switchedOff)
        {
            return;
        }

        try
        {
            if (raw.sqlite3_get_autocommit(connection.Handle) == 0)
            {
                connection.Once("ROLLBACK").Execute();
            }

            connection.Once($"PRAGMA foreign_keys = {previous}").Execute();
            if (connection.Once("PRAGMA foreign_keys").Long() == previous)
            {
                return;
            }
        }
        catch (Exception error) when (error is SqliteException or InvalidOperationException)
        {
            // The connection is failing already; the caller reports that. It is closed below.
        }

        connection.Close();
    }

}
