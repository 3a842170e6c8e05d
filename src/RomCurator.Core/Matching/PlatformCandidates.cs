using Microsoft.Data.Sqlite;
using RomCurator.Core.Ingestion.Classification;

namespace RomCurator.Core.Matching;

/// <summary>
/// Which platforms a file may belong to: the platform hints of the roots it lives under and the platforms the
/// extension registry names for its extension; failing both, the platforms whose DATs list ROMs with that
/// extension. When both the roots and the registry name platforms, only those they agree on are the file's own
/// (a title match elsewhere is only a suggestion); when they share none, every title match is only a suggestion.
/// </summary>
public sealed class PlatformCandidates(SqliteConnection connection)
{
    private readonly Dictionary<string, HashSet<long>> registry = LoadRegistry(connection);
    private Dictionary<string, HashSet<long>>? fromDats;

    public IReadOnlyCollection<long> For(long romId, string fileName) => Evidence(romId, fileName).Platforms;

    /// <summary>The platforms to look in, and those every source agrees on (null: only one source spoke).</summary>
    public (IReadOnlyCollection<long> Platforms, IReadOnlySet<long>? Agreed) Evidence(long romId, string fileName)
    {
        var extension = ExtensionRegistry.LastExtension(fileName);
        var platforms = RootHints(romId);
        HashSet<long>? agreed = null;
        if (registry.TryGetValue(extension, out var known))
        {
            if (platforms.Count > 0)
            {
                agreed = [.. platforms.Intersect(known)];
            }

            platforms.UnionWith(known);
        }

        if (platforms.Count == 0)
        {
            fromDats ??= LoadDatExtensions(connection);
            if (fromDats.TryGetValue(extension, out var listed))
            {
                platforms.UnionWith(listed);
            }
        }

        return (platforms, agreed);
    }

    private HashSet<long> RootHints(long romId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT r.platform_id FROM file_instance f JOIN library_root r ON r.root_id = f.root_id
            WHERE f.rom_id = $rom AND r.platform_id IS NOT NULL
            UNION
            SELECT r.platform_id FROM archive_member m
            JOIN file_instance f ON f.rom_id = m.parent_rom_id JOIN library_root r ON r.root_id = f.root_id
            WHERE m.child_rom_id = $rom AND r.platform_id IS NOT NULL
            """;
        command.Parameters.AddWithValue("$rom", romId);
        using var reader = command.ExecuteReader();
        var platforms = new HashSet<long>();
        while (reader.Read())
        {
            platforms.Add(reader.GetInt64(0));
        }

        return platforms;
    }

    private static Dictionary<string, HashSet<long>> LoadRegistry(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT extension, platform_id FROM platform_extension";
        return Group(command);
    }

    private static Dictionary<string, HashSet<long>> LoadDatExtensions(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT rom_name, platform_id FROM dat_entry WHERE platform_id IS NOT NULL AND entry_kind = 'rom'";
        var map = new Dictionary<string, HashSet<long>>(StringComparer.OrdinalIgnoreCase);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var extension = ExtensionRegistry.LastExtension(reader.GetString(0));
            if (extension.Length > 0)
            {
                (map.TryGetValue(extension, out var set) ? set : map[extension] = []).Add(reader.GetInt64(1));
            }
        }

        return map;
    }

    private static Dictionary<string, HashSet<long>> Group(SqliteCommand command)
    {
        var map = new Dictionary<string, HashSet<long>>(StringComparer.OrdinalIgnoreCase);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            (map.TryGetValue(reader.GetString(0), out var set) ? set : map[reader.GetString(0)] = []).Add(reader.GetInt64(1));
        }

        return map;
    }
}
