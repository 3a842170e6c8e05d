namespace RomCurator.Core.Organizer;

/// <summary>Removes the folders that moving files out of left empty: truly empty (hidden files count), never the root.</summary>
public static class EmptyFolders
{
    /// <summary>Removes a folder and its parents while they are completely empty, up to but never including <paramref name="root"/>.</summary>
    public static void Remove(string folder, string? root)
    {
        for (var current = folder; root is not null && current.Length > root.TrimEnd('/').Length && current.StartsWith(root, StringComparison.Ordinal);
             current = Path.GetDirectoryName(current)!)
        {
            if (!Directory.Exists(current) || Directory.EnumerateFileSystemEntries(current).Any())
            {
                return;
            }

            Directory.Delete(current);
        }
    }
}
