using Microsoft.Data.Sqlite;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Platforms;

/// <summary>Resolves any platform name (canonical, short, DAT header, alias) through <c>platform_links</c>.</summary>
public sealed class PlatformDirectory(SqliteConnection connection)
{
    public PlatformRef? Resolve(string name) =>
        connection.Once("""
            SELECT p.platform_id, p.name FROM platform p WHERE p.name = $name OR p.short_name = $name
            UNION ALL
            SELECT p.platform_id, p.name FROM platform_links l JOIN platform p ON p.platform_id = l.platform_id
            WHERE l.alias = $name
            LIMIT 1
            """).Bind("$name", name.Trim()).First(row => new PlatformRef(row.Long("platform_id"), row.Text("name")));
}
