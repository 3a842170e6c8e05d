using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Organizer;

/// <summary>
/// The present files that loose cue sheets name, found in one read per plan: the files of every folder a sheet names a
/// file in (a range of the (root, path) index per folder), kept only when a sheet names them. Names are matched
/// case-blind (ordinal, culture-free, as an SMB or exFAT share resolves them): a cue naming <c>Track 01.BIN</c> finds
/// <c>track 01.bin</c>. When the folder holds the exact name, only that file is the named one (a case-sensitive file
/// system may hold both spellings: the other is a file of its own).
/// </summary>
public sealed class CueSheetFiles
{
    private readonly Dictionary<string, List<(string Path, long RomId)>> found = new(StringComparer.OrdinalIgnoreCase);

    private CueSheetFiles()
    {
    }

    /// <summary>Reads the present files among <paramref name="named"/> (root and relative path, in any letter case).</summary>
    public static CueSheetFiles Read(SqliteConnection connection, IReadOnlyCollection<(long RootId, string RelativePath)> named)
    {
        var files = new CueSheetFiles();
        if (named.Count == 0)
        {
            return files;
        }

        var wanted = named.Select(file => Key(file.RootId, file.RelativePath)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var folders = named.Select(file => (file.RootId, Folder: Folder(file.RelativePath))).Distinct().ToList();
        var rows = connection.Once("""
            WITH folder(root_id, path, below) AS (
                SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]') FROM json_each($folders))
            SELECT f.root_id, f.relative_path, f.rom_id FROM folder
            -- Both bounds are ranges of the (root_id, relative_path) index (an OR would read to the end of the root per
            -- folder); a root's top has no text bound, and every text sorts before a blob.
            JOIN file_instance f ON f.root_id = folder.root_id AND f.relative_path >= folder.path
                                AND f.relative_path < coalesce(folder.below, x'ff')
            WHERE f.status = 'present' AND instr(substr(f.relative_path, length(folder.path) + 1), '/') = 0
            """).Bind("$folders", FoldersJson(folders))
            .Stream(row => (RootId: row.Long("root_id"), Path: row.Text("relative_path"), RomId: row.Long("rom_id")));
        foreach (var row in rows)
        {
            var key = Key(row.RootId, row.Path);
            if (!wanted.Contains(key))
            {
                continue;
            }

            if (!files.found.TryGetValue(key, out var spellings))
            {
                files.found[key] = spellings = [];
            }

            spellings.Add((row.Path, row.RomId));
        }

        return files;
    }

    /// <summary>
    /// The present file (path as stored, content) a sheet's name <paramref name="relativePath"/> finds: the exact name when
    /// present, else every spelling of it that differs only in letter case; empty when none is present.
    /// </summary>
    public IEnumerable<(string Path, long RomId)> Named(long rootId, string relativePath)
    {
        if (!found.TryGetValue(Key(rootId, relativePath), out var spellings))
        {
            return [];
        }

        var exact = spellings.Where(file => file.Path == relativePath).ToList();
        return exact.Count > 0 ? exact : spellings;
    }

    private static string Key(long rootId, string relativePath) => rootId + "\0" + relativePath;

    private static string Folder(string relativePath) => relativePath.LastIndexOf('/') is var slash and >= 0 ? relativePath[..(slash + 1)] : "";

    /// <summary>[[root, folder, bound], …]: bound is the first path after the folder's files ("a/b/" → "a/b0"), null for a root's top.</summary>
    private static string FoldersJson(List<(long RootId, string Folder)> folders)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var (rootId, folder) in folders)
            {
                writer.WriteStartArray();
                writer.WriteNumberValue(rootId);
                writer.WriteStringValue(folder);
                if (folder.Length == 0)
                {
                    writer.WriteNullValue();
                }
                else
                {
                    writer.WriteStringValue(folder[..^1] + (char)('/' + 1));
                }

                writer.WriteEndArray();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
