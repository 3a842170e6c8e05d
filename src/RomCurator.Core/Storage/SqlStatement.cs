using Microsoft.Data.Sqlite;

namespace RomCurator.Core.Storage;

/// <summary>
/// The one way to run SQL: a statement with named parameters bound through typed overloads (no boxing guesses, no
/// reflection), rows read by column name into records through a lambda. A statement can be kept and run again with
/// new values (prepared once: the hot paths bind and execute the same statement per row), inside a transaction or not.
/// A statement made to run once (<see cref="SqlConnectionStatements.Once(SqliteConnection, string)"/>) disposes itself
/// after its first execution.
/// </summary>
public sealed class SqlStatement : IDisposable
{
    private readonly SqliteCommand command;
    private readonly Dictionary<string, SqliteParameter> parameters = new(StringComparer.Ordinal);
    private readonly ColumnNames columns = new();
    private readonly bool once;

    public SqlStatement(SqliteConnection connection, string sql, SqliteTransaction? transaction = null, bool once = false)
    {
        this.once = once;
        // A new command already takes the connection's pending transaction, if any.
        command = connection.CreateCommand();
        command.CommandText = sql;
        if (transaction is not null)
        {
            command.Transaction = transaction;
        }
    }

    /// <summary>Runs the statement's next executions inside <paramref name="transaction"/> (null: outside any).</summary>
    public SqlStatement In(SqliteTransaction? transaction)
    {
        command.Transaction = transaction;
        return this;
    }

    /// <summary>Compiles the statement now, for a statement run many times (binding stays possible).</summary>
    public SqlStatement Prepare()
    {
        command.Prepare();
        return this;
    }

    public SqlStatement Bind(string name, string? value) => Set(name, SqliteType.Text, value);

    public SqlStatement Bind(string name, long value) => Set(name, SqliteType.Integer, value);

    public SqlStatement Bind(string name, long? value) => Set(name, SqliteType.Integer, value);

    public SqlStatement Bind(string name, double value) => Set(name, SqliteType.Real, value);

    public SqlStatement Bind(string name, double? value) => Set(name, SqliteType.Real, value);

    /// <summary>Binds 1 or 0.</summary>
    public SqlStatement Bind(string name, bool value) => Set(name, SqliteType.Integer, value ? 1L : 0L);

    public SqlStatement Bind(string name, byte[]? value) => Set(name, SqliteType.Blob, value);

    /// <summary>Runs the statement; the number of rows it changed.</summary>
    public int Execute()
    {
        try
        {
            return command.ExecuteNonQuery();
        }
        catch (SqliteException error) when (StatementInterrupt.IsInterrupt(error))
        {
            throw StatementInterrupt.Cancelled(error);
        }
        finally
        {
            Done();
        }
    }

    /// <summary>The first column of the first row as an integer; null when there is no row or the value is NULL.</summary>
    public long? Long() => First(row => row.IsNull(0) ? (long?)null : row.Long(0));

    /// <summary>The first column of the first row as text; null when there is no row or the value is NULL.</summary>
    public string? Text() => First(row => row.IsNull(0) ? null : row.Text(0));

    /// <summary>The first row read by <paramref name="read"/>, or default when the statement returns no row.</summary>
    public T? First<T>(Func<SqlRow, T> read)
    {
        try
        {
            using var reader = command.ExecuteReader();
            return reader.Read() ? read(new SqlRow(reader, columns)) : default;
        }
        catch (SqliteException error) when (StatementInterrupt.IsInterrupt(error))
        {
            throw StatementInterrupt.Cancelled(error);
        }
        finally
        {
            Done();
        }
    }

    /// <summary>Every row, read by <paramref name="read"/>.</summary>
    public List<T> All<T>(Func<SqlRow, T> read)
    {
        try
        {
            var rows = new List<T>();
            using var reader = command.ExecuteReader();
            var row = new SqlRow(reader, columns);
            while (reader.Read())
            {
                rows.Add(read(row));
            }

            return rows;
        }
        catch (SqliteException error) when (StatementInterrupt.IsInterrupt(error))
        {
            throw StatementInterrupt.Cancelled(error);
        }
        finally
        {
            Done();
        }
    }

    /// <summary>The rows one at a time, for results too big to hold (the reader stays open until the loop ends).</summary>
    public IEnumerable<T> Stream<T>(Func<SqlRow, T> read)
    {
        try
        {
            using var reader = Interruptible(() => command.ExecuteReader());
            var row = new SqlRow(reader, columns);
            while (Interruptible(reader.Read))
            {
                yield return read(row);
            }
        }
        finally
        {
            Done();
        }
    }

    /// <summary>Runs one step of a streamed read, an interrupt coming out as a cancellation (an iterator cannot catch around its yields).</summary>
    private static T Interruptible<T>(Func<T> step)
    {
        try
        {
            return step();
        }
        catch (SqliteException error) when (StatementInterrupt.IsInterrupt(error))
        {
            throw StatementInterrupt.Cancelled(error);
        }
    }

    public void Dispose() => command.Dispose();

    private void Done()
    {
        if (once)
        {
            command.Dispose();
        }
    }

    private SqlStatement Set(string name, SqliteType type, object? value)
    {
        if (!parameters.TryGetValue(name, out var parameter))
        {
            parameter = command.Parameters.Add(name, type);
            parameters[name] = parameter;
        }

        parameter.SqliteType = type;
        parameter.Value = value ?? DBNull.Value;
        return this;
    }
}
