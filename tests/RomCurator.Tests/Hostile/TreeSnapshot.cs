using System.Security.Cryptography;

namespace RomCurator.Tests.Hostile;

/// <summary>
/// Every entry under a folder (symlinks not followed) with its type, mode, size, modification time and content
/// hash, so two snapshots show any file created, deleted or changed in between.
/// </summary>
public static class TreeSnapshot
{
    /// <summary>Files above this size are compared by size and time only (the sparse 5 GB case).</summary>
    private const long HashedBytes = 16 * 1024 * 1024;

    public static IReadOnlyDictionary<string, string> Take(string folder, params string[] excluded)
    {
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var pending = new Queue<DirectoryInfo>([new DirectoryInfo(folder)]);
        while (pending.Count > 0)
        {
            var current = pending.Dequeue();
            List<FileSystemInfo> listed;
            try
            {
                listed = current.EnumerateFileSystemInfos("*", new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false }).ToList();
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException or ArgumentException)
            {
                // A folder past PATH_MAX (the over-long path case) cannot be listed by path: note it, compare that.
                entries[Path.GetRelativePath(folder, current.FullName) + "/*"] = "unlistable";
                continue;
            }

            foreach (var entry in listed)
            {
                if (entry.FullName.Length == 0 || System.Text.Encoding.UTF8.GetByteCount(entry.FullName) >= 4096)
                {
                    entries[Path.GetRelativePath(folder, current.FullName) + "/" + entry.Name] = "path too long";
                    continue;
                }

                if (excluded.Contains(entry.FullName, StringComparer.Ordinal))
                {
                    continue;
                }

                entries[Path.GetRelativePath(folder, entry.FullName)] = DescribeByName(entry);
                if (entry is DirectoryInfo directory && entry.LinkTarget is null)
                {
                    pending.Enqueue(directory);
                }
            }
        }

        return entries;
    }

    public static IEnumerable<string> Compare(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after)
    {
        foreach (var (path, description) in after)
        {
            if (!before.TryGetValue(path, out var old))
            {
                yield return $"created {path}";
            }
            else if (old != description)
            {
                yield return $"changed {path}: {old} -> {description}";
            }
        }

        foreach (var path in before.Keys.Where(p => !after.ContainsKey(p)))
        {
            yield return $"deleted {path}";
        }
    }

    /// <summary>Describes an entry; one whose name is not UTF-8 cannot be opened by name, so it is described as such.</summary>
    private static string DescribeByName(FileSystemInfo entry)
    {
        try
        {
            return Describe(entry);
        }
        catch (FileNotFoundException) when (entry.Name.Contains('\uFFFD', StringComparison.Ordinal))
        {
            return "not openable by name (not UTF-8)";
        }
    }

    private static string Describe(FileSystemInfo entry)
    {
        var mode = Convert.ToString((int)entry.UnixFileMode, 8);
        if (entry.LinkTarget is { } target)
        {
            return $"link -> {target}";
        }

        if (entry is DirectoryInfo)
        {
            return $"dir {mode}";
        }

        var file = (FileInfo)entry;
        if (!RomCurator.Core.FileSystem.FileKind.IsRegularFile(file.FullName))
        {
            return $"special {mode}";
        }

        var content = file.Length <= HashedBytes ? Convert.ToHexStringLower(SHA1.HashData(File.ReadAllBytes(file.FullName))) : "large";
        return $"file {mode} {file.Length} {file.LastWriteTimeUtc.Ticks} {content}";
    }
}
