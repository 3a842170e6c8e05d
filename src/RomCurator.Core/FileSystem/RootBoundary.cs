namespace RomCurator.Core.FileSystem;

/// <summary>
/// Where the organizer may touch the disk. A path of a library root counts only when every folder from the root down
/// to it is a real folder (no symbolic link on the way, checked with lstat one segment at a time), so its real path lies
/// inside the root's real path; a file it moves must itself be a regular file, not a link. Checked when the plan is
/// made and again just before each rename: a symlink, its target and anything outside the root are never moved or
/// removed. (A folder swapped for a link in the instant between the check and the rename is the one window left.)
/// </summary>
public static class RootBoundary
{
    /// <summary>The root's real path (every symlink resolved), or null when it cannot be reached.</summary>
    public static string? RealRoot(string rootPath) => RealPath.TryResolve(rootPath);

    /// <summary>Null when <paramref name="relativePath"/> is a regular file of the root reached without symlinks; otherwise why it may not be moved.</summary>
    public static string? SourceProblem(string realRoot, string relativePath)
    {
        var folderProblem = FolderProblem(realRoot, relativePath, mustExist: true);
        if (folderProblem is not null)
        {
            return folderProblem;
        }

        var path = Path.Combine(realRoot, relativePath);
        var file = new FileInfo(path);
        if (file.LinkTarget is { } target)
        {
            return $"'{relativePath}' is a symbolic link (to '{target}'); the organizer never moves or removes a link, nor what it points to";
        }

        if (!file.Exists)
        {
            return $"'{relativePath}' is not there any more (moved or deleted since the last scan)";
        }

        return FileKind.IsRegularFile(path) ? null : $"'{relativePath}' is not a regular file; it is left alone";
    }

    /// <summary>
    /// Null when every folder of <paramref name="relativePath"/> (the file's own name aside) that exists is a real folder
    /// of the root: the missing ones are created inside the root. Otherwise why nothing may be put there.
    /// </summary>
    public static string? DestinationProblem(string realRoot, string relativePath) => FolderProblem(realRoot, relativePath, mustExist: false);

    /// <summary>True when <paramref name="folder"/> (absolute) is a real folder, not a link, whose real path is the root's real path plus its path below the root.</summary>
    public static bool IsRealFolderOf(string rootPath, string folder)
    {
        var realRoot = RealRoot(rootPath);
        var below = Path.GetRelativePath(rootPath, folder);
        if (realRoot is null || below == "." || below.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(below))
        {
            return false;
        }

        var info = new DirectoryInfo(folder);
        return info.LinkTarget is null && info.Exists && RealPath.TryResolve(folder) == Path.Combine(realRoot, below);
    }

    private static string? FolderProblem(string realRoot, string relativePath, bool mustExist)
    {
        var segments = relativePath.Split('/');
        if (segments.Any(s => s.Length == 0 || s == "." || s == ".."))
        {
            return $"'{relativePath}' is not a plain path inside the root";
        }

        var current = realRoot;
        for (var i = 0; i < segments.Length - 1; i++)
        {
            current = Path.Combine(current, segments[i]);
            var folder = new DirectoryInfo(current);
            if (folder.LinkTarget is { } target)
            {
                var shown = string.Join('/', segments.Take(i + 1));
                return $"the folder '{shown}' is a symbolic link (to '{target}'); the organizer never moves files into, out of or through a link";
            }

            if (folder.Exists)
            {
                continue;
            }

            if (File.Exists(current))
            {
                return $"'{string.Join('/', segments.Take(i + 1))}' is a file where a folder is needed";
            }

            return mustExist ? $"the folder of '{relativePath}' is not there any more (moved or deleted since the last scan)" : null;
        }

        return null;
    }
}
