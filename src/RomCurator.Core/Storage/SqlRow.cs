using Microsoft.Data.Sqlite;

namespace RomCurator.Core.Storage;

/// <summary>
/// The current row of a <see cref="SqlStatement"/>, read by column name (the name SQLite reports: the column's own
/// name or its <c>AS</c> alias). A name the result does not have, or has twice, is a programming error and throws.
/// </summary>
public sealed class SqlRow
{
    private readonly SqliteDataReader reader;
    private readonly ColumnNames names;

    internal SqlRow(SqliteDataReader reader, ColumnNames names)
    {
        this.reader = reader;
        this.names = names;
    }

    public bool IsNull(string column) => reader.IsDBNull(Ordinal(column));

    public long Long(string column) => reader.GetInt64(Ordinal(column));

    public long? LongOrNull(string column)
    {
        var ordinal = Ordinal(column);
        return reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);
    }

    public string Text(string column) => reader.GetString(Ordinal(column));

    public string? TextOrNull(string column)
    {
        var ordinal = Ordinal(column);
        return reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
    }

    public double Real(string column) => reader.GetDouble(Ordinal(column));

    public double? RealOrNull(string column)
    {
        var ordinal = Ordinal(column);
        return reader.IsDBNull(ordinal) ? null : reader.GetDouble(ordinal);
    }

    /// <summary>An integer column read as a flag: true when it is not 0.</summary>
    public bool Flag(string column) => reader.GetInt64(Ordinal(column)) != 0;

    public byte[]? BlobOrNull(string column)
    {
        var ordinal = Ordinal(column);
        return reader.IsDBNull(ordinal) ? null : (byte[])reader.GetValue(ordinal);
    }

    internal bool IsNull(int ordinal) => reader.IsDBNull(ordinal);

    internal long Long(int ordinal) => reader.GetInt64(ordinal);

    internal string Text(int ordinal) => reader.GetString(ordinal);

    private int Ordinal(string column) => names.Ordinal(reader, column);
}
