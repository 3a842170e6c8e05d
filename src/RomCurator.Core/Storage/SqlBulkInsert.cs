using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace RomCurator.Core.Storage;

/// <summary>
/// Appends many rows to one table: the rows are buffered and written <see cref="RowsPerStatement"/> at a time by one
/// multi-row <c>INSERT</c>, prepared once and bound by position (the per-row statement of <see cref="SqlStatement"/>
/// binds every parameter by name on every run, which costs more than SQLite's insert itself in a bulk load).
/// <see cref="Flush"/> writes what is buffered; rows are always written in the order they were added, and only after
/// the inserts they depend on (rows that reference theirs) have written theirs. It runs inside the connection's
/// current transaction; a failing row throws <see cref="SqliteException"/> (the caller rolls back). Values are given
/// in column order, one row after another, through the typed <c>Add</c> overloads. Columns whose value is the same for
/// every row (<see cref="SqlConstant"/>: a DAT's id, its platform, the time of the import) are bound once per prepared
/// statement, not once per row.
/// </summary>
public sealed unsafe class SqlBulkInsert : IDisposable
{
    public const int RowsPerStatement = 32;

    private readonly sqlite3 database;
    private readonly int columns;
    private readonly string insert;
    private readonly IReadOnlyList<SqlConstant> constants;
    private readonly int firstConstant;
    private readonly string constantParameters;
    private readonly SqlBulkInsert[] dependencies;

    // The statement for n rows at [n]: the full one prepared at once, shorter ones (a flush's last rows) when needed.
    private readonly sqlite3_stmt?[] statements = new sqlite3_stmt?[RowsPerStatement + 1];
    private readonly Value[] values;
    private int count;

    // The texts of the statement being written, bound without a copy: native memory (it never moves), replaced when a
    // statement's texts need more, freed once the statements are.
    private byte* texts;
    private nuint textBytes;
    private const nuint InitialTextBytes = 64 * 1024;

    /// <param name="dependencies">Inserts whose rows these rows reference (foreign keys): each writes what it
    /// buffered before this one writes.</param>
    public SqlBulkInsert(SqliteConnection connection, string table, IReadOnlyList<string> columns, params SqlBulkInsert[] dependencies)
        : this(connection, table, columns, [], dependencies)
    {
    }

    /// <param name="constants">Columns given the same value in every row, after <paramref name="columns"/>.</param>
    public SqlBulkInsert(SqliteConnection connection, string table, IReadOnlyList<string> columns, IReadOnlyList<SqlConstant> constants,
        params SqlBulkInsert[] dependencies)
    {
        database = connection.Handle!;
        this.columns = columns.Count;
        this.constants = constants;
        this.dependencies = dependencies;
        values = new Value[columns.Count * RowsPerStatement];
        // Every parameter is numbered: a row's values take ?1.. in order, the constants the numbers after the longest
        // statement's values (shorter statements leave the numbers between unused), so each is one parameter.
        firstConstant = columns.Count * RowsPerStatement + 1;
        constantParameters = string.Concat(constants.Select((_, i) => $", ?{firstConstant + i}"));
        insert = $"INSERT INTO {table} ({string.Join(", ", columns.Concat(constants.Select(constant => constant.Column)))}) VALUES ";
        Statement(RowsPerStatement);
        // Taken once the statement is prepared: a constructor that throws leaves nothing to free.
        texts = (byte*)NativeMemory.Alloc(InitialTextBytes);
        textBytes = InitialTextBytes;
    }

    /// <summary>Rows added and not yet written.</summary>
    public int Pending => count / columns;

    public SqlBulkInsert Add(long value) => Put(new Value(value, null, Kind.Integer));

    public SqlBulkInsert Add(long? value) => Put(value is { } v ? new Value(v, null, Kind.Integer) : default);

    public SqlBulkInsert Add(double value) => Put(new Value(BitConverter.DoubleToInt64Bits(value), null, Kind.Real));

    public SqlBulkInsert Add(string? value) => Put(value is null ? default : new Value(0, value, Kind.Text));

    /// <summary>Writes the rows still buffered, and those of the inserts it depends on.</summary>
    public void Flush()
    {
        if (count % columns != 0)
        {
            throw new InvalidOperationException("a row is only partly added");
        }

        foreach (var dependency in dependencies)
        {
            dependency.Flush();
        }

        if (count > 0)
        {
            Write();
        }
    }

    public void Dispose()
    {
        foreach (var statement in statements)
        {
            statement?.Dispose();
        }

        if (texts is not null)
        {
            NativeMemory.Free(texts);
            texts = null;
        }
    }

    private SqlBulkInsert Put(Value value)
    {
        values[count++] = value;
        if (count == values.Length)
        {
            Write();
        }

        return this;
    }

    private void Write()
    {
        foreach (var dependency in dependencies)
        {
            dependency.Flush();
        }

        var statement = Statement(count / columns);
        var handle = statement.DangerousGetHandle();
        // Texts are encoded one after another into a pinned buffer sized for all of them first (SQLite reads them
        // from there when the statement runs: the buffer must not move or change before that).
        var most = 0L;
        for (var i = 0; i < count; i++)
        {
            if (values[i].Text is { } text)
            {
                most += Encoding.UTF8.GetMaxByteCount(text.Length);
            }
        }

        if ((nuint)most > textBytes)
        {
            // Rows bound earlier to the old memory are bound anew before any statement runs again.
            NativeMemory.Free(texts);
            textBytes = (nuint)Math.Max(most, (long)textBytes * 2);
            texts = (byte*)NativeMemory.Alloc(textBytes);
        }

        var used = 0;
        for (var i = 0; i < count; i++)
        {
            var value = values[i];
            int rc;
            switch (value.Kind)
            {
                case Kind.Integer:
                    rc = SqliteBinding.Integer(handle, i + 1, value.Integer);
                    break;
                case Kind.Real:
                    rc = SqliteBinding.Real(handle, i + 1, BitConverter.Int64BitsToDouble(value.Integer));
                    break;
                case Kind.Text:
                    var length = Encoding.UTF8.GetBytes(value.Text!, new Span<byte>(texts + used, (int)Math.Min(int.MaxValue, (long)textBytes - used)));
                    rc = SqliteBinding.Text(handle, i + 1, texts + used, length);
                    used += length;
                    break;
                default:
                    rc = SqliteBinding.Null(handle, i + 1);
                    break;
            }

            Check(rc);
            values[i] = default;
        }

        count = 0;

        var step = raw.sqlite3_step(statement);
        var reset = raw.sqlite3_reset(statement);
        if (step != raw.SQLITE_DONE)
        {
            Check(step == raw.SQLITE_ROW ? reset : step);
        }
    }

    private sqlite3_stmt Statement(int rows)
    {
        if (statements[rows] is { } prepared)
        {
            return prepared;
        }

        var tuples = Enumerable.Range(0, rows).Select(r =>
            "(" + string.Join(", ", Enumerable.Range(r * columns + 1, columns).Select(number => $"?{number}")) + constantParameters + ")");
        Check(raw.sqlite3_prepare_v2(database, insert + string.Join(", ", tuples), out var statement));
        statements[rows] = statement;
        for (var i = 0; i < constants.Count; i++)
        {
            var constant = constants[i];
            Check(constant.Text is { } text ? raw.sqlite3_bind_text(statement, firstConstant + i, text)
                : constant.Integer is { } integer ? raw.sqlite3_bind_int64(statement, firstConstant + i, integer)
                : raw.sqlite3_bind_null(statement, firstConstant + i));
        }

        return statement;
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, database);
        }
    }

    private enum Kind : byte
    {
        Null,
        Integer,
        Real,
        Text,
    }

    private readonly record struct Value(long Integer, string? Text, Kind Kind);
}
