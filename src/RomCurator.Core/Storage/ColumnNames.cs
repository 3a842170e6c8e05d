using Microsoft.Data.Sqlite;

namespace RomCurator.Core.Storage;

/// <summary>
/// The column names of a statement's result and their positions, learnt from its first reader and kept for the next
/// executions (a statement's columns do not change), so a row read by name costs a dictionary lookup.
/// </summary>
internal sealed class ColumnNames
{
    private Dictionary<string, int>? ordinals;

    public int Ordinal(SqliteDataReader reader, string column)
    {
        ordinals ??= Read(reader);
        if (!ordinals.TryGetValue(column, out var ordinal))
        {
            throw new InvalidOperationException($"the query returns no column named '{column}'");
        }

        return ordinal >= 0 ? ordinal : throw new InvalidOperationException($"the query returns two columns named '{column}': give one an alias");
    }

    private static Dictionary<string, int> Read(SqliteDataReader reader)
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
