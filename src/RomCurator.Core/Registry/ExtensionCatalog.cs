using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using RomCurator.Core.Platforms;

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
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT e.extension, coalesce(c.name, '-'), coalesce(e.description, ''), coalesce(e.is_active, 1),
                   coalesce(e.treat_as_archive, 0), coalesce(e.treat_as_disc, 0), coalesce(e.treat_as_auxiliary, 0),
                   coalesce((SELECT group_concat(coalesce(p.short_name, p.name), ', ') FROM platform_extension x
                             JOIN platform p ON p.platform_id = x.platform_id WHERE x.extension = e.extension), '')
            FROM file_extension e LEFT JOIN file_type_category c ON c.category_id = e.category_id
            ORDER BY c.category_id, e.extension
            """;
        using var reader = command.ExecuteReader();
        var entries = new List<ExtensionEntry>();
        while (reader.Read())
        {
            entries.Add(new ExtensionEntry(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3) == 1,
                reader.GetInt64(4) == 1, reader.GetInt64(5) == 1, reader.GetInt64(6) == 1, reader.GetString(7)));
        }

        return entries;
    }

    public IReadOnlyList<string> Categories()
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM file_type_category ORDER BY category_id";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    /// <summary>Adds an extension (or updates its category and description) and optionally links it to a platform.</summary>
    public ExtensionEntry Add(string extension, string category, string? platformName = null, string? description = null)
    {
        var name = Normalize(extension);
        var categoryId = CategoryId(category);
        var platform = ResolvePlatform(platformName);
        using var transaction = connection.BeginTransaction();
        Execute(transaction, """
            INSERT INTO file_extension (extension, category_id, description, is_active, treat_as_archive, treat_as_disc, treat_as_auxiliary)
            VALUES ($ext, $category, $description, 1, $archive, $disc, $auxiliary)
            ON CONFLICT (extension) DO UPDATE SET category_id = excluded.category_id, treat_as_archive = excluded.treat_as_archive,
                treat_as_disc = excluded.treat_as_disc, treat_as_auxiliary = excluded.treat_as_auxiliary,
                description = coalesce(excluded.description, file_extension.description), updated_at = datetime('now')
            """, ("$ext", name), ("$category", categoryId), ("$description", (object?)description ?? DBNull.Value),
            ("$archive", Is(category, "archive")), ("$disc", Is(category, "disc")), ("$auxiliary", Is(category, "auxiliary")));
        if (platform is not null)
        {
            Execute(transaction, "INSERT OR IGNORE INTO platform_extension (platform_id, extension) VALUES ($platform, $ext)",
                ("$platform", platform.PlatformId), ("$ext", name));
        }

        transaction.Commit();
        return Find(name)!;
    }

    public ExtensionEntry SetActive(string extension, bool active)
    {
        var name = Existing(extension);
        using var transaction = connection.BeginTransaction();
        Execute(transaction, "UPDATE file_extension SET is_active = $active, updated_at = datetime('now') WHERE extension = $ext",
            ("$active", active ? 1 : 0), ("$ext", name));
        transaction.Commit();
        return Find(name)!;
    }

    public ExtensionEntry LinkPlatform(string extension, string platformName)
    {
        var name = Existing(extension);
        var platform = ResolvePlatform(platformName)!;
        using var transaction = connection.BeginTransaction();
        Execute(transaction, "INSERT OR IGNORE INTO platform_extension (platform_id, extension) VALUES ($platform, $ext)",
            ("$platform", platform.PlatformId), ("$ext", name));
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

    private static int Is(string category, string name) => category.Trim().Equals(name, StringComparison.OrdinalIgnoreCase) ? 1 : 0;

    private string Existing(string extension) =>
        Find(extension)?.Extension ?? throw new RegistryException($"'{extension}' is not in the registry (add it with romcurator extensions add).");

    private long CategoryId(string category)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT category_id FROM file_type_category WHERE name = $name COLLATE NOCASE";
        command.Parameters.AddWithValue("$name", category.Trim());
        return command.ExecuteScalar() is long id
            ? id
            : throw new RegistryException($"'{category}' is not a category; use one of: {string.Join(", ", Categories())}.");
    }

    private PlatformRef? ResolvePlatform(string? platformName) =>
        string.IsNullOrWhiteSpace(platformName) ? null
        : new PlatformDirectory(connection).Resolve(platformName)
          ?? throw new RegistryException($"unknown platform '{platformName}' (use a platform name or alias, e.g. 'snes').");

    private void Execute(SqliteTransaction transaction, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (parameterName, value) in parameters)
        {
            command.Parameters.AddWithValue(parameterName, value);
        }

        command.ExecuteNonQuery();
    }

    [GeneratedRegex("^[a-z0-9]+(\\.[a-z0-9]+)*$")]
    private static partial Regex ExtensionPatternCore();

    private static Regex ExtensionPattern() => ExtensionPatternCore();
}
