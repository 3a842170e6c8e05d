using Microsoft.Data.Sqlite;
using RomCurator.Core.Platforms;

namespace RomCurator.Core.Registry;

/// <summary>
/// The names that lead to a platform (<c>platform_links</c>): list them, add a name by hand ('manual'), remove one.
/// DAT imports and matching resolve platform names through these links.
/// </summary>
public sealed class PlatformLinkStore(SqliteConnection connection)
{
    public IReadOnlyList<PlatformLink> List(int limit = 5000)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT l.alias, p.name, l.link_type, l.is_confirmed FROM platform_links l JOIN platform p ON p.platform_id = l.platform_id
            ORDER BY p.name, l.alias LIMIT $limit
            """;
        command.Parameters.AddWithValue("$limit", limit);
        using var reader = command.ExecuteReader();
        var links = new List<PlatformLink>();
        while (reader.Read())
        {
            links.Add(new PlatformLink(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3) == 1));
        }

        return links;
    }

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
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO platform_links (alias, platform_id, link_type, is_confirmed) VALUES ($alias, $platform, 'manual', 1)
            ON CONFLICT (alias) DO UPDATE SET platform_id = excluded.platform_id, link_type = 'manual', is_confirmed = 1
            """;
        command.Parameters.AddWithValue("$alias", name);
        command.Parameters.AddWithValue("$platform", platform.PlatformId);
        command.ExecuteNonQuery();
        return new PlatformLink(name, platform.Name, "manual", true);
    }

    public void Unlink(string alias)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM platform_links WHERE alias = $alias";
        command.Parameters.AddWithValue("$alias", alias.Trim());
        if (command.ExecuteNonQuery() == 0)
        {
            throw new RegistryException($"'{alias}' is not a platform alias (see romcurator platforms).");
        }
    }
}

/// <summary>A name that leads to a platform, where it came from (alias, dat, discovered, manual) and whether it is confirmed.</summary>
public sealed record PlatformLink(string Alias, string Platform, string LinkType, bool IsConfirmed);
