using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace RomCurator.Tui.Cli;

/// <summary>
/// Writes a JSON array one row at a time, each row serialized as it streams by, so a listing of any length never
/// sits in memory whole. The bytes are the same as serializing the whole list.
/// </summary>
public static class JsonRows
{
    /// <summary>Writes <c>[row,row,…]</c> and returns how many rows it wrote.</summary>
    public static long WriteArray<T>(TextWriter output, IEnumerable<T> rows, JsonTypeInfo<T> row)
    {
        output.Write('[');
        long count = 0;
        foreach (var item in rows)
        {
            output.Write(count++ == 0 ? "" : ",");
            output.Write(JsonSerializer.Serialize(item, row));
        }

        output.Write(']');
        return count;
    }

}
