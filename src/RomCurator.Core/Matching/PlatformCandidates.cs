using Microsoft.Data.Sqlite;
using RomCurator.Core.Classification;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Matching;

/// <summary>
/// Which platforms a file may belong to: the platform hints of the roots it lives under, the platforms the
/// extension registry names for its extension and the platforms its cartridge header belongs to; failing all three, the platforms whose DATs list ROMs with that
/// extension. When two or more of them name platforms, only those they all agree on are the file's own (a title match
/// elsewhere is only a suggestion); when they share none, every title match is only a suggestion. Its two per-file
/// queries are prepared once, at the first file: they take the connection's transaction of that moment, so an
/// instance serves one transaction (or none).
/// </summary>
public sealed class PlatformCandidates(SqliteConnection connection) : IDisposable
{
    /// <summary>The platforms a cartridge header's family can be (its metadata key prefix → platform short names).</summary>
    private static readonly Dictionary<string, string[]> HeaderFamilies = new(StringComparer.Ordinal)
    {
        ["nes"] = ["nes"], ["snes"] = ["snes", "satellaview", "sufami"], ["gb"] = ["gb", "gbc"], ["gba"] = ["gba"],
        ["n64"] = ["n64", "n64dd"], ["md"] = ["md", "32x", "segacd", "pico"],
    };

    private readonly Dictionary<string, HashSet<long>> registry = LoadRegistry(connection);
    private readonly Dictionary<string, long> byShortName = LoadShortNames(connection);
    private Dictionary<string, HashSet<long>>? fromDats;
    private SqlStatement? rootHints;
    private SqlStatement? headerKeys;

    public IReadOnlyCollection<long> For(long romId, string fileName) => Evidence(romId, fileName).Platforms;

    /// <summary>
    /// The platforms to look in, and those every source that spoke agrees on (null: fewer than two sources spoke).
    /// Sources: the roots' platform hints, the extension registry, and the cartridge header read at scan time (a Game
    /// Boy header says Game Boy or Game Boy Color; a Mega Drive one Mega Drive, 32X, Mega-CD or Pico).
    /// </summary>
    public (IReadOnlyCollection<long> Platforms, IReadOnlySet<long>? Agreed) Evidence(long romId, string fileName)
    {
        var extension = ExtensionRegistry.LastExtension(fileName);
        var sources = new List<HashSet<long>>();
        var roots = RootHints(romId);
        if (roots.Count > 0)
        {
            sources.Add(roots);
        }

        if (registry.TryGetValue(extension, out var known) && known.Count > 0)
        {
            sources.Add(known);
        }

        var header = HeaderPlatforms(romId);
        if (header.Count > 0)
        {
            sources.Add(header);
        }

        var platforms = new HashSet<long>();
        foreach (var source in sources)
        {
            platforms.UnionWith(source);
        }

        if (platforms.Count == 0)
        {
            fromDats ??= LoadDatExtensions(connection);
            if (fromDats.TryGetValue(extension, out var listed))
            {
                platforms.UnionWith(listed);
            }
        }

        HashSet<long>? agreed = null;
        if (sources.Count >= 2)
        {
            agreed = [.. sources[0]];
            foreach (var source in sources.Skip(1))
            {
                agreed.IntersectWith(source);
            }
        }

        return (platforms, agreed);
    }

    /// <summary>The platforms the file's cartridge header belongs to (by the header's metadata keys: gb.*, snes.*, …).</summary>
    private HashSet<long> HeaderPlatforms(long romId)
    {
        headerKeys ??= connection.Statement("SELECT DISTINCT substr(metadata_key, 1, instr(metadata_key, '.') - 1) AS header FROM rom_file_metadata WHERE rom_id = $rom");
        var headers = headerKeys.Bind("$rom", romId).All(row => row.Text("header"));
        var platforms = new HashSet<long>();
        foreach (var header in headers)
        {
            if (HeaderFamilies.TryGetValue(header, out var family))
            {
                foreach (var shortName in family)
                {
                    if (byShortName.TryGetValue(shortName, out var platformId))
                    {
                        platforms.Add(platformId);
                    }
                }
            }
        }

        return platforms;
    }

    public void Dispose()
    {
        rootHints?.Dispose();
        headerKeys?.Dispose();
    }

    private HashSet<long> RootHints(long romId) =>
        (rootHints ??= connection.Statement("""
            SELECT r.platform_id FROM file_instance f JOIN library_root r ON r.root_id = f.root_id
            WHERE f.rom_id = $rom AND r.platform_id IS NOT NULL
            UNION
            SELECT r.platform_id FROM archive_member m
            JOIN file_instance f ON f.rom_id = m.parent_rom_id JOIN library_root r ON r.root_id = f.root_id
            WHERE m.child_rom_id = $rom AND r.platform_id IS NOT NULL
            """)).Bind("$rom", romId).All(row => row.Long("platform_id")).ToHashSet();

    private static Dictionary<string, long> LoadShortNames(SqliteConnection connection)
    {
        var map = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        foreach (var (shortName, platformId) in connection.Once("SELECT short_name, platform_id FROM platform WHERE short_name IS NOT NULL")
                     .Stream(row => (row.Text("short_name"), row.Long("platform_id"))))
        {
            map[shortName] = platformId;
        }

        return map;
    }

    private static Dictionary<string, HashSet<long>> LoadRegistry(SqliteConnection connection) =>
        Group(connection.Once("SELECT extension, platform_id FROM platform_extension").Stream(row => (row.Text("extension"), row.Long("platform_id"))));

    private static Dictionary<string, HashSet<long>> LoadDatExtensions(SqliteConnection connection) =>
        Group(connection.Once("SELECT DISTINCT rom_name, platform_id FROM dat_entry WHERE platform_id IS NOT NULL AND entry_kind = 'rom'")
            .Stream(row => (ExtensionRegistry.LastExtension(row.Text("rom_name")), row.Long("platform_id")))
            .Where(pair => pair.Item1.Length > 0));

    private static Dictionary<string, HashSet<long>> Group(IEnumerable<(string Key, long PlatformId)> pairs)
    {
        var map = new Dictionary<string, HashSet<long>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, platformId) in pairs)
        {
            (map.TryGetValue(key, out var set) ? set : map[key] = []).Add(platformId);
        }

        return map;
    }
}
