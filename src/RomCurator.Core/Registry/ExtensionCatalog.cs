using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using RomCurator.Core.Platforms;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Registry;

/// <summary>
/// The curator's side of the extension registry (<c>file_extension</c>, its categories and
/// <c>platform_extension</c>): list, add, enable/disable, recategorize, link to a platform. A scan reads the
/// registry once at its start, so changes apply from the next scan.
/// </summary>
public sealed partial class ExtensionCatalog(SqliteConnection connection)
{
    public IReadOnlyList<ExtensionEntry> List()
    {
        return connection.Once("""
            SELECT e.extension, coalesce(c.name, '-') AS category, coalesce(e.description, '') AS description, coalesce(e.is_active, 1) AS is_active,
                   coalesce(e.treat_as_archive, 0) AS archive, coalesce(e.treat_as_disc, 0) AS disc, coalesce(e.treat_as_auxiliary, 0) AS auxiliary,
                   coalesce((SELECT group_concat(coalesce(p.short_name, p.name), ', ') FROM platform_extension x
                             JOIN platform p ON p.platform_id = x.platform_id WHERE x.extension = e.extension), '') AS platforms
            FROM file_extension e LEFT JOIN file_type_category c ON c.category_id = e.category_id
            ORDER BY c.category_id, e.extension
            """).All(row => new ExtensionEntry(row.Text("extension"), row.Text("category"), row.Text("description"), row.Long("is_active") == 1,
                row.Long("archive") == 1, row.Long("disc") == 1, row.Long("auxiliary") == 1, row.Text("platforms")));
    }

    public IReadOnlyList<string> Categories() =>
        connection.Once("SELECT name FROM file_type_category ORDER BY category_id").All(row => row.Text("name"));

    /// <summary>Adds an extension (or updates its category and description) and optionally links it to a platform.</summary>
    public ExtensionEntry Add(string extension, string category, string? platformName = null, string? description = null)
    {
        var name = Normalize(extension);
        var categoryId = CategoryId(category);
        var platform = ResolvePlatform(platformName);
        using var transaction = connection.BeginTransaction();
        transaction.Once("""
            INSERT INTO file_extension (extension, category_id, description, is_active, treat_as_archive, treat_as_disc, treat_as_auxiliary)
            VALUES ($ext, $category, $description, 1, $archive, $disc, $auxiliary)
            ON CONFLICT (extension) DO UPDATE SET category_id = excluded.category_id, treat_as_archive = excluded.treat_as_archive,
                treat_as_disc = excluded.treat_as_disc, treat_as_auxiliary = excluded.treat_as_auxiliary,
                description = coalesce(excluded.description, file_extension.description), updated_at = datetime('now')
            """).Bind("$ext", name).Bind("$category", categoryId).Bind("$description", description)
            .Bind("$archive", Is(category, "archive")).Bind("$disc", Is(category, "disc")).Bind("$auxiliary", Is(category, "auxiliary")).Execute();
        if (platform is not null)
        {
            LinkPlatform(transaction, platform, name);
        }

        transaction.Commit();
        return Find(name)!;
    }

    public ExtensionEntry SetActive(string extension, bool active)
    {
        var name = Existing(extension);
        using var transaction = connection.BeginTransaction();
        transaction.Once("UPDATE file_extension SET is_active = $active, updated_at = datetime('now') WHERE extension = $ext")
            .Bind("$active", active).Bind("$ext", name).Execute();
        transaction.Commit();
        return Find(name)!;
    }

    public ExtensionEntry LinkPlatform(string extension, string platformName)
    {
        var name = Existing(extension);
        var platform = ResolvePlatform(platformName)!;
        using var transaction = connection.BeginTransaction();
        LinkPlatform(transaction, platform, name);
        transaction.Commit();
        return Find(name)!;
    }

    public ExtensionEntry? Find(string extension) =>
        List().FirstOrDefault(e => e.Extension.Equals(extension.Trim().TrimStart('.'), StringComparison.OrdinalIgnoreCase));

    /// <summary>"sfc", ".SFC" and " sfc " are the same extension; anything but letters, digits and inner dots is refused.</summary>
    public static string Normalize(string extension)
    {
        var name = extension.Trim().TrimStart('.').ToLowerInvariant();
        return ExtensionPattern().IsMatch(name)
            ? name
            : throw new RegistryException($"'{extension}' is not an extension (letters and digits, up to 16, like 'sfc' or 'tar.gz').");
    }

    private static bool Is(string category, string name) => category.Trim().Equals(name, StringComparison.OrdinalIgnoreCase);

    private static void LinkPlatform(SqliteTransaction transaction, PlatformRef platform, string extension) =>
        transaction.Once("INSERT OR IGNORE INTO platform_extension (platform_id, extension) VALUES ($platform, $ext)")
            .Bind("$platform", platform.PlatformId).Bind("$ext", extension).Execute();

    private string Existing(string extension) =>
        Find(extension)?.Extension ?? throw new RegistryException($"'{extension}' is not in the registry (add it with romcurator extensions add).");

    private long CategoryId(string category)
    {
        return connection.Once("SELECT category_id FROM file_type_category WHERE name = $name COLLATE NOCASE").Bind("$name", category.Trim()).Long()
            ?? throw new RegistryException($"'{category}' is not a category; use one of: {string.Join(", ", Categories())}.");
    }

    private PlatformRef? ResolvePlatform(string? platformName) =>
        string.IsNullOrWhiteSpace(platformName) ? null
        : new PlatformDirectory(connection).Resolve(platformName)
          ?? throw new RegistryException($"unknown platform '{platformName}' (use a platform name or alias, e.g. 'snes').");

    [GeneratedRegex("^[a-z0-9]+(\\.[a-z0-9]+)*$")]
    private static partial Regex ExtensionPatternCore();

    private static Regex ExtensionPattern() => ExtensionPatternCore();
}
