using Microsoft.Data.Sqlite;

namespace RomCurator.Core.Storage;

/// <summary>
/// A temporary table (this connection only) that a batch of rows is written to one by one through a
/// <see cref="PositionalStatement"/>, so set-based statements can then read the whole batch (<c>INSERT … SELECT</c>,
/// <c>UPDATE … FROM</c>). Rows carry their batch order in <c>ord</c> (1, 2, …: the table's rowid). Created when
/// constructed, dropped when disposed; a rolled-back transaction takes its rows back too. Changing
/// <c>PRAGMA temp_store</c> drops temporary tables, so construct it after such a change and dispose it before the next.
/// </summary>
public sealed class StagingTable : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly PositionalStatement insert;
    private readonly SqlStatement clear;
    private long next;

    /// <param name="name">the table's name (created in the temp schema)</param>
    /// <param name="columns">its columns after <c>ord</c>, as SQL (<c>"path TEXT, size INTEGER"</c>)</param>
    /// <param name="columnCount">how many columns <paramref name="columns"/> declares</param>
    public StagingTable(SqliteConnection connection, string name, string columns, int columnCount)
    {
        this.connection = connection;
        Name = "temp." + name;
        connection.Once($"DROP TABLE IF EXISTS {Name}; CREATE TABLE {Name} (ord INTEGER PRIMARY KEY, {columns})").Execute();
        var values = string.Join(", ", Enumerable.Range(2, columnCount).Select(position => "?" + position));
        insert = new PositionalStatement(connection, $"INSERT INTO {Name} VALUES (?1, {values})");
        clear = connection.Statement($"DELETE FROM {Name}");
    }

    /// <summary>The table's qualified name, for the statements that read it.</summary>
    public string Name { get; }

    /// <summary>
    /// Starts the next row (its <c>ord</c> is bound at position 1); bind its columns on the returned statement at
    /// positions 2, 3, … in the constructor's order, then <see cref="PositionalStatement.Execute"/> it.
    /// </summary>
    public PositionalStatement Row()
    {
        next++;
        return insert.Bind(1, next);
    }

    /// <summary>Empties the table (inside <paramref name="transaction"/>, like the rows written).</summary>
    public void Clear(SqliteTransaction? transaction)
    {
        clear.In(transaction).Execute();
        next = 0;
    }

    public void Dispose()
    {
        insert.Dispose();
        clear.Dispose();
        try
        {
            connection.Once($"DROP TABLE IF EXISTS {Name}").Execute();
        }
        catch (SqliteException)
        {
            // A broken connection: the table goes with it.
        }
    }
}
