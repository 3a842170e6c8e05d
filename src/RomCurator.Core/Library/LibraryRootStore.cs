using Microsoft.Data.Sqlite;
using RomCurator.Core.Platforms;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Library;

/// <summary>
/// Adds, lists, pauses and removes library roots. A paused root stays listed but is not scanned; a removed root is
/// hidden from the list. Either way its history (files, runs) is kept and its folder is never touched.
/// </summary>
public sealed class LibraryRootStore(SqliteConnection connection)
{
    private const string SelectRoots = """
        SELECT r.root_id, r.name, r.path, r.platform_id, p.name AS platform, r.is_active, r.last_scan_at, r.removed_at IS NOT NULL AS removed,
               (SELECT count(*) FROM file_instance f WHERE f.root_id = r.root_id AND f.status = 'present') AS present,
               (SELECT count(*) FROM file_instance f WHERE f.root_id = r.root_id AND f.status = 'missing') AS missing
        FROM library_root r LEFT JOIN platform p ON p.platform_id = r.platform_id
        """;

    /// <summary>The roots a scan reads (active), or with <paramref name="includeInactive"/> every root ever added.</summary>
    public IReadOnlyList<LibraryRoot> List(bool includeInactive = false) =>
        connection.Once(SelectRoots + (includeInactive ? "" : " WHERE r.is_active = 1") + " ORDER BY r.name").All(Read);

    /// <summary>The roots the curator manages: active and paused ones, not removed ones.</summary>
    public IReadOnlyList<LibraryRoot> ListCurrent() => connection.Once(SelectRoots + " WHERE r.removed_at IS NULL ORDER BY r.name").All(Read);

    public LibraryRoot? Find(string name) => connection.Once(SelectRoots + " WHERE r.name = $name").Bind("$name", name).First(Read);

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

        // A folder that was a root before is reactivated, so its history stays attached.
        connection.Once(previous is null
                ? "INSERT INTO library_root (name, path, platform_id) VALUES ($name, $path, $platform)"
                : "UPDATE library_root SET name = $name, platform_id = $platform, is_active = 1, removed_at = NULL WHERE path = $path")
            .Bind("$name", rootName).Bind("$path", canonical).Bind("$platform", platform?.PlatformId).Execute();
        return Find(rootName)!;
    }

    /// <summary>Deactivates the root; its files and history stay in the database.</summary>
    public LibraryRoot Remove(string name)
    {
        var root = Find(name) is { IsRemoved: false } current
            ? current
            : throw new RootValidationException($"there is no root named '{name}' (see romcurator roots list).");
        connection.Once("UPDATE library_root SET is_active = 0, removed_at = datetime('now') WHERE root_id = $id").Bind("$id", root.RootId).Execute();
        return root with { IsActive = false, IsRemoved = true };
    }

    /// <summary>Pauses (not scanned) or resumes a root that has not been removed.</summary>
    public LibraryRoot SetActive(string name, bool active)
    {
        var root = Find(name) is { IsRemoved: false } current
            ? current
            : throw new RootValidationException($"there is no root named '{name}' (see romcurator roots list; a removed root comes back with roots add).");
        connection.Once("UPDATE library_root SET is_active = $active WHERE root_id = $id").Bind("$active", active).Bind("$id", root.RootId).Execute();
        return root with { IsActive = active };
    }

    public LibraryRoot SetPlatform(string name, string? platformName)
    {
        var root = Find(name) ?? throw new RootValidationException($"there is no root named '{name}'.");
        var platform = ResolvePlatform(platformName);
        connection.Once("UPDATE library_root SET platform_id = $platform WHERE root_id = $id")
            .Bind("$platform", platform?.PlatformId).Bind("$id", root.RootId).Execute();
        return Find(name)!;
    }

    public void MarkScanned(long rootId) =>
        connection.Once("UPDATE library_root SET last_scan_at = datetime('now') WHERE root_id = $id").Bind("$id", rootId).Execute();

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

    private static LibraryRoot Read(SqlRow row) =>
        new(row.Long("root_id"), row.Text("name"), row.Text("path"), row.LongOrNull("platform_id"), row.TextOrNull("platform"),
            row.Long("is_active") == 1, row.TextOrNull("last_scan_at"), row.Long("present"), row.Long("missing"))
        {
            IsRemoved = row.Long("removed") == 1,
        };
}
