using Microsoft.Data.Sqlite;

namespace RomCurator.Core.Storage;

/// <summary>
/// The current row of a <see cref="SqlStatement"/>, read by column name (the name SQLite reports: the column's own
/// name or its <c>AS</c> alias). A name the result does not have, or has twice, is a programming error and throws.
/// </summary>
public sealed class SqlRow
{
    private readonly SqliteDataReader reader;
    private Dictionary<string, int>? ordinals;

    internal SqlRow(SqliteDataReader reader) => this.reader = reader;

    public bool IsNull(string column) => reader.IsDBNull(Ordinal(column));

    public long Long(string column) => reader.GetInt64(Ordinal(column));

    public long? LongOrNull(string column) => Nullable(Ordinal(column), reader.GetInt64);

    public string Text(string column) => reader.GetString(Ordinal(column));

    public string? TextOrNull(string column)
    {
        var ordinal = Ordinal(column);
        return reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
    }

    public double Real(string column) => reader.GetDouble(Ordinal(column));

    public double? RealOrNull(string column) => Nullable(Ordinal(column), reader.GetDouble);

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

    private T? Nullable<T>(int ordinal, Func<int, T> read) where T : struct =>
        reader.IsDBNull(ordinal) ? null : read(ordinal);

    private int Ordinal(string column)
    {
        ordinals ??= Names();
        if (!ordinals.TryGetValue(column, out var ordinal))
        {
            throw new InvalidOperationException($"the query returns no column named '{column}'");
        }

        return ordinal >= 0 ? ordinal : throw new InvalidOperationException($"the query returns two columns named '{column}': give one an alias");
    }

    private Dictionary<string, int> Names()
    {
        var names = new Dictionary<string, int>(reader.FieldCount, StringComparer.Ordinal);
        for (var i = 0; i < reader.FieldCount; i++)
        {
            var name = reader.GetName(i);
            names[name] = names.ContainsKey(name) ? -1 : i;
        }

        return names;
    }
}
