using RomCurator.Core.FileSystem;

namespace RomCurator.Core.Runs;

/// <summary>
/// The canonical path of a database file (symlinks of the file and its folder resolved), so that every name of one
/// database leads to the same lock and the same scan checkpoint, and different databases never share them.
/// </summary>
public static class DatabaseIdentity
{
    public static string Canonical(string databasePath)
    {
        var full = Path.GetFullPath(databasePath);
        if (RealPath.TryResolve(full) is { } resolved)
        {
            return resolved;
        }

        var folder = Path.GetDirectoryName(full)!;
        return Path.Combine(RealPath.TryResolve(folder) ?? folder, Path.GetFileName(full));
    }

    /// <summary>A file beside the database, named after it: <c>romcurator.db</c> → <c>romcurator{suffix}</c>.</summary>
    public static string Sibling(string databasePath, string suffix)
    {
        var canonical = Canonical(databasePath);
        return Path.Combine(Path.GetDirectoryName(canonical)!, Path.GetFileNameWithoutExtension(canonical) + suffix);
    }
}
