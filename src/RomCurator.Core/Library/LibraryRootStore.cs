using Microsoft.Data.Sqlite;
using RomCurator.Core.Platforms;

namespace RomCurator.Core.Library;

/// <summary>
/// Adds, lists, pauses and removes library roots. A paused root stays listed but is not scanned; a removed root is
/// hidden from the list. Either way its history (files, runs) is kept and its folder is never touched.
/// </summary>
public sealed class LibraryRootStore(SqliteConnection connection)
{
    private const string SelectRoots = """
        SELECT r.root_id, r.name, r.path, r.platform_id, p.name, r.is_active, r.last_scan_at, r.removed_at IS NOT NULL,
               (SELECT count(*) FROM file_instance f WHERE f.root_id = r.root_id AND f.status = 'present'),
               (SELECT count(*) FROM file_instance f WHERE f.root_id = r.root_id AND f.status = 'missing')
        FROM library_root r LEFT JOIN platform p ON p.platform_id = r.platform_id
        """;

    /// <summary>The roots a scan reads (active), or with <paramref name="includeInactive"/> every root ever added.</summary>
    public IReadOnlyList<LibraryRoot> List(bool includeInactive = false)
    {
        using var command = connection.CreateCommand();
        command.CommandText = SelectRoots + (includeInactive ? "" : " WHERE r.is_active = 1") + " ORDER BY r.name";
        return Read(command);
    }

    /// <summary>The roots the curator manages: active and paused ones, not removed ones.</summary>
    public IReadOnlyList<LibraryRoot> ListCurrent()
    {
        using var command = connection.CreateCommand();
        command.CommandText = SelectRoots + " WHERE r.removed_at IS NULL ORDER BY r.name";
        return Read(command);
    }

    public LibraryRoot? Find(string name)
    {
        using var command = connection.CreateCommand();
        command.CommandText = SelectRoots + " WHERE r.name = $name";
        command.Parameters.AddWithValue("$name", name);
        return Read(command).FirstOrDefault();
    }

    public LibraryRoot Add(string path, string? name = null, string? platformName = null)
    {
        var all = List(includeInactive: true);
        var canonical = RootPathValidator.Validate(path, all);
        var platform = ResolvePlatform(platformName);
        var rootName = string.IsNullOrWhiteSpace(name) ? DefaultName(canonical) : name.Trim();
        var previous = all.FirstOrDefault(r => r.Path == canonical);
        var clash = all.FirstOrDefault(r => r.Name == rootName && r.RootId != previous?.RootId);
        if (clash is not null)
        {
            throw new RootValidationException($"a root named '{rootName}' already exists ({clash.Path}); choose another with --name.");
        }

        using var command = connection.CreateCommand();
        if (previous is null)
        {
            command.CommandText = "INSERT INTO library_root (name, path, platform_id) VALUES ($name, $path, $platform)";
        }
        else
        {
            // The folder was a root before: reactivate it so its history stays attached.
            command.CommandText = "UPDATE library_root SET name = $name, platform_id = $platform, is_active = 1, removed_at = NULL WHERE path = $path";
        }

        command.Parameters.AddWithValue("$name", rootName);
        command.Parameters.AddWithValue("$path", canonical);
        command.Parameters.AddWithValue("$platform", (object?)platform?.PlatformId ?? DBNull.Value);
        command.ExecuteNonQuery();
        return Find(rootName)!;
    }

    /// <summary>Deactivates the root; its files and history stay in the database.</summary>
    public LibraryRoot Remove(string name)
    {
        var root = Find(name) is { IsRemoved: false } current
            ? current
            : throw new RootValidationException($"there is no root named '{name}' (see romcurator roots list).");
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE library_root SET is_active = 0, removed_at = datetime('now') WHERE root_id = $id";
        command.Parameters.AddWithValue("$id", root.RootId);
        command.ExecuteNonQuery();
        return root with { IsActive = false, IsRemoved = true };
    }

    /// <summary>Pauses (not scanned) or resumes a root that has not been removed.</summary>
    public LibraryRoot SetActive(string name, bool active)
    {
        var root = Find(name) is { IsRemoved: false } current
            ? current
            : throw new RootValidationException($"there is no root named '{name}' (see romcurator roots list; a removed root comes back with roots add).");
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE library_root SET is_active = $active WHERE root_id = $id";
        command.Parameters.AddWithValue("$active", active ? 1 : 0);
        command.Parameters.AddWithValue("$id", root.RootId);
        command.ExecuteNonQuery();
        return root with { IsActive = active };
    }

    public LibraryRoot SetPlatform(string name, string? platformName)
    {
        var root = Find(name) ?? throw new RootValidationException($"there is no root named '{name}'.");
        var platform = ResolvePlatform(platformName);
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE library_root SET platform_id = $platform WHERE root_id = $id";
        command.Parameters.AddWithValue("$platform", (object?)platform?.PlatformId ?? DBNull.Value);
        command.Parameters.AddWithValue("$id", root.RootId);
        command.ExecuteNonQuery();
        return Find(name)!;
    }

    public void MarkScanned(long rootId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE library_root SET last_scan_at = datetime('now') WHERE root_id = $id";
        command.Parameters.AddWithValue("$id", rootId);
        command.ExecuteNonQuery();
    }

    private PlatformRef? ResolvePlatform(string? platformName)
    {
        if (string.IsNullOrWhiteSpace(platformName))
        {
            return null;
        }

        return new PlatformDirectory(connection).Resolve(platformName)
               ?? throw new RootValidationException($"unknown platform '{platformName}' (use a platform name or alias, e.g. 'snes' or 'Nintendo - Game Boy').");
    }

    private static string DefaultName(string canonicalPath)
    {
        var name = Path.GetFileName(canonicalPath.TrimEnd('/'));
        return string.IsNullOrEmpty(name) ? "root" : name;
    }

    private static List<LibraryRoot> Read(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var roots = new List<LibraryRoot>();
        while (reader.Read())
        {
            roots.Add(new LibraryRoot(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetInt64(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.GetInt64(5) == 1,
                reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.GetInt64(8),
                reader.GetInt64(9))
            {
                IsRemoved = reader.GetInt64(7) == 1,
            });
        }

        return roots;
    }
}
