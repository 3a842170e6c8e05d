using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace RomCurator.Core.Storage;

/// <summary>
/// A prepared statement run many times with values bound by position (<c>?1</c>, <c>?2</c>, …), for bulk rows: one
/// row costs a bind per value, a step and a reset. <see cref="SqlStatement"/> binds by name, and each name is looked
/// up in the statement on every execution, which costs more than writing a small row does. Runs inside whatever
/// transaction the connection has open. Rows are written, never read: queries go through <see cref="SqlStatement"/>.
/// </summary>
public sealed class PositionalStatement : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly sqlite3_stmt statement;

    public PositionalStatement(SqliteConnection connection, string sql)
    {
        this.connection = connection;
        var code = raw.sqlite3_prepare_v2(connection.Handle, sql, out statement);
        SqliteException.ThrowExceptionForRC(code, connection.Handle);
    }

    public PositionalStatement Bind(int position, string? value)
    {
        Check(value is null ? raw.sqlite3_bind_null(statement, position) : raw.sqlite3_bind_text(statement, position, value));
        return this;
    }

    public PositionalStatement Bind(int position, long value)
    {
        Check(raw.sqlite3_bind_int64(statement, position, value));
        return this;
    }

    public PositionalStatement Bind(int position, long? value) =>
        value is { } number ? Bind(position, number) : Bind(position, (string?)null);

    /// <summary>Runs the statement with the values bound, then forgets them (unbound values are NULL).</summary>
    public void Execute()
    {
        var code = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        raw.sqlite3_clear_bindings(statement);
        if (code is not (raw.SQLITE_DONE or raw.SQLITE_ROW))
        {
            SqliteException.ThrowExceptionForRC(code, connection.Handle);
        }
    }

    public void Dispose() => statement.Dispose();

    private void Check(int code)
    {
        if (code != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(code, connection.Handle);
        }
    }
}
