namespace RomCurator.Tests.Faults;

/// <summary>
/// Copies a folder tree exactly enough for a scan to see it unchanged: files with their modification times,
/// symbolic links as links (never followed), folders. Used to put a workspace back to its pristine state.
/// </summary>
public static class TreeCopy
{
    public static void Copy(string source, string destination)
    {
        Directory.CreateDirectory(destination);
        foreach (var entry in new DirectoryInfo(source).EnumerateFileSystemInfos("*", new EnumerationOptions { AttributesToSkip = 0 }))
        {
            var target = Path.Combine(destination, entry.Name);
            if (entry.LinkTarget is { } link)
            {
                File.CreateSymbolicLink(target, link);
            }
            else if (entry is DirectoryInfo)
            {
                Copy(entry.FullName, target);
            }
            else
            {
                File.Copy(entry.FullName, target);
                File.SetLastWriteTimeUtc(target, entry.LastWriteTimeUtc);
            }
        }
    }

    /// <summary>Deletes everything inside <paramref name="folder"/> (links are removed, not followed); keeps the folder.</summary>
    public static void Clear(string folder)
    {
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos("*", new EnumerationOptions { AttributesToSkip = 0 }))
        {
            if (entry is DirectoryInfo directory && entry.LinkTarget is null)
            {
                directory.Delete(recursive: true);
            }
            else
            {
                entry.Delete();
            }
        }
    }
}
