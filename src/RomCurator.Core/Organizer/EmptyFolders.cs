using RomCurator.Core.FileSystem;

namespace RomCurator.Core.Organizer;

/// <summary>
/// Removes the folders that moving files out of left empty: truly empty (hidden files count), never the root, never a
/// symbolic link nor a folder reached through one (it would be a folder outside the root, or a link the user made).
/// </summary>
public static class EmptyFolders
{
    /// <summary>Removes a folder and its parents while they are completely empty, up to but never including <paramref name="root"/>.</summary>
    public static void Remove(string folder, string? root)
    {
        for (var current = folder; root is not null && current.Length > root.TrimEnd('/').Length && current.StartsWith(root.TrimEnd('/') + "/", StringComparison.Ordinal);
             current = Path.GetDirectoryName(current)!)
        {
            if (!RootBoundary.IsRealFolderOf(root, current) || Directory.EnumerateFileSystemEntries(current).Any())
            {
                return;
            }

            Directory.Delete(current);
        }
    }
}
