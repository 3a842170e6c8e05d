using Microsoft.Data.Sqlite;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Registry;

/// <summary>
/// Extensions seen in the library (loose files and archive members) that the registry does not know, with how often
/// and one example: what the curator may want to map to a platform. Reads the paths as a stream; only the distinct
/// extensions are kept in memory.
/// </summary>
public sealed class UnknownExtensions(SqliteConnection connection)
{
    public IReadOnlyList<UnknownExtension> Find(int limit = 500)
    {
        var known = new ExtensionCatalog(connection).List().Select(e => e.Extension).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var seen = new Dictionary<string, (long Count, string Example, bool InArchive)>(StringComparer.OrdinalIgnoreCase);
        var paths = connection.Once("""
            SELECT relative_path AS path, 0 AS in_archive FROM file_instance WHERE status = 'present'
            UNION ALL
            SELECT path_in_archive, 1 FROM archive_member
            """).Stream(row => (Path: row.Text("path"), InArchive: row.Long("in_archive") == 1));
        foreach (var (path, inArchive) in paths)
        {
            var extension = Path.GetExtension(path).TrimStart('.').ToLowerInvariant();
            if (extension.Length is 0 or > 16 || known.Contains(extension))
            {
                continue;
            }

            seen[extension] = seen.TryGetValue(extension, out var found)
                ? (found.Count + 1, found.Example, found.InArchive || inArchive)
                : (1, path, inArchive);
        }

        return seen.OrderByDescending(s => s.Value.Count).ThenBy(s => s.Key, StringComparer.Ordinal).Take(limit)
            .Select(s => new UnknownExtension(s.Key, s.Value.Count, s.Value.Example, s.Value.InArchive)).ToList();
    }
}

/// <summary>An extension the registry does not know: how many files have it, one of them, and whether any is in an archive.</summary>
public sealed record UnknownExtension(string Extension, long Files, string Example, bool InArchive);
