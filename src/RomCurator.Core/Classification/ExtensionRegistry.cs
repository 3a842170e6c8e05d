using Microsoft.Data.Sqlite;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Classification;

/// <summary>
/// The active rows of <c>file_extension</c> (with categories and <c>platform_extension</c>), loaded once per scan.
/// Lookups try the longest dotted suffix first, so "game.tar.gz" finds "tar.gz" before "gz".
/// </summary>
public sealed class ExtensionRegistry
{
    private readonly Dictionary<string, ExtensionInfo> byExtension;

    public ExtensionRegistry(IEnumerable<ExtensionInfo> entries) =>
        byExtension = entries.ToDictionary(e => e.Extension, StringComparer.OrdinalIgnoreCase);

    public int Count => byExtension.Count;

    public static ExtensionRegistry Load(SqliteConnection connection)
    {
        var platforms = new Dictionary<string, List<long>>(StringComparer.OrdinalIgnoreCase);
        var links = connection.Once("SELECT extension, platform_id FROM platform_extension ORDER BY is_primary DESC, platform_id")
            .All(row => (Extension: row.Text("extension"), PlatformId: row.Long("platform_id")));
        foreach (var (extension, platformId) in links)
        {
            if (!platforms.TryGetValue(extension, out var list))
            {
                platforms[extension] = list = [];
            }

            list.Add(platformId);
        }

        var entries = connection.Once("""
            SELECT e.extension, c.name AS category, coalesce(e.treat_as_archive, 0) AS archive, coalesce(e.treat_as_disc, 0) AS disc,
                   coalesce(e.treat_as_auxiliary, 0) AS auxiliary
            FROM file_extension e LEFT JOIN file_type_category c ON c.category_id = e.category_id
            WHERE coalesce(e.is_active, 1) = 1
            """).All(row =>
        {
            var extension = row.Text("extension");
            return new ExtensionInfo(extension, row.TextOrNull("category"), row.Long("archive") == 1, row.Long("disc") == 1, row.Long("auxiliary") == 1,
                platforms.TryGetValue(extension, out var ids) ? ids : []);
        });
        return new ExtensionRegistry(entries);
    }

    /// <summary>
    /// The registry entry for a file name, or null when no suffix of it is registered. Any text is a valid
    /// argument: an empty name, a backslash, ".", "..", only dots or a trailing slash simply have no extension.
    /// </summary>
    public ExtensionInfo? Find(string fileName)
    {
        var name = Path.GetFileName(fileName);
        if (name.Length < 3)
        {
            // The shortest name with an extension after a leading character is "a.b".
            return null;
        }

        for (var dot = name.IndexOf('.', 1); dot > 0 && dot < name.Length - 1; dot = name.IndexOf('.', dot + 1))
        {
            if (byExtension.TryGetValue(name[(dot + 1)..], out var info))
            {
                return info;
            }
        }

        return null;
    }

    /// <summary>The last suffix of a file name, lower-case and without the dot ("" when there is none).</summary>
    public static string LastExtension(string fileName)
    {
        var extension = Path.GetExtension(fileName);
        return extension.Length > 1 ? extension[1..].ToLowerInvariant() : "";
    }
}
