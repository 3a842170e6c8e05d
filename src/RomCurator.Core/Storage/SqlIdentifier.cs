namespace RomCurator.Core.Storage;

/// <summary>A table, column or index name quoted for SQL text ("name", a double quote in it doubled).</summary>
public static class SqlIdentifier
{
    public static string Quoted(string name) => "\"" + name.Replace("\"", "\"\"") + "\"";
}
