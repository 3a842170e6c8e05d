using Microsoft.Data.Sqlite;
using RomCurator.Core.Platforms;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Registry;

/// <summary>
/// The names that lead to a platform (<c>platform_links</c>): list them, add a name by hand ('manual'), remove one.
/// DAT imports and matching resolve platform names through these links.
/// </summary>
public sealed class PlatformLinkStore(SqliteConnection connection)
{
    public IReadOnlyList<PlatformLink> List(int limit = 5000) =>
        connection.Once("""
            SELECT l.alias, p.name AS platform, l.link_type, l.is_confirmed FROM platform_links l JOIN platform p ON p.platform_id = l.platform_id
            ORDER BY p.name, l.alias LIMIT $limit
            """).Bind("$limit", limit)
            .All(row => new PlatformLink(row.Text("alias"), row.Text("platform"), row.Text("link_type"), row.Long("is_confirmed") == 1));

    /// <summary>Makes <paramref name="alias"/> lead to the platform (a manual link; an existing link is repointed).</summary>
    public PlatformLink Link(string alias, string platformName)
    {
        var name = alias.Trim();
        if (name.Length == 0 || name.Any(char.IsControl))
        {
            throw new RegistryException("a platform alias needs a name without control characters.");
        }

        var platform = new PlatformDirectory(connection).Resolve(platformName)
                       ?? throw new RegistryException($"unknown platform '{platformName}' (use a platform name or alias, e.g. 'snes').");
        connection.Once("""
            INSERT INTO platform_links (alias, platform_id, link_type, is_confirmed) VALUES ($alias, $platform, 'manual', 1)
            ON CONFLICT (alias) DO UPDATE SET platform_id = excluded.platform_id, link_type = 'manual', is_confirmed = 1
            """).Bind("$alias", name).Bind("$platform", platform.PlatformId).Execute();
        return new PlatformLink(name, platform.Name, "manual", true);
    }

    public void Unlink(string alias)
    {
        if (connection.Once("DELETE FROM platform_links WHERE alias = $alias").Bind("$alias", alias.Trim()).Execute() == 0)
        {
            throw new RegistryException($"'{alias}' is not a platform alias (see romcurator platforms).");
        }
    }
}

/// <summary>A name that leads to a platform, where it came from (alias, dat, discovered, manual) and whether it is confirmed.</summary>
public sealed record PlatformLink(string Alias, string Platform, string LinkType, bool IsConfirmed);
