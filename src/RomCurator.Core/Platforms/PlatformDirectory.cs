using Microsoft.Data.Sqlite;

namespace RomCurator.Core.Platforms;

/// <summary>Resolves any platform name (canonical, short, DAT header, alias) through <c>platform_links</c>.</summary>
public sealed class PlatformDirectory(SqliteConnection connection)
{
    public PlatformRef? Resolve(string name)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT p.platform_id, p.name FROM platform p WHERE p.name = $name OR p.short_name = $name
            UNION ALL
            SELECT p.platform_id, p.name FROM platform_links l JOIN platform p ON p.platform_id = l.platform_id
            WHERE l.alias = $name
            LIMIT 1
            """;
        command.Parameters.AddWithValue("$name", name.Trim());
        using var reader = command.ExecuteReader();
        return reader.Read() ? new PlatformRef(reader.GetInt64(0), reader.GetString(1)) : null;
    }
}
