using System.Security.Cryptography;

namespace RomCurator.Tests.Faults;

/// <summary>
/// The user's files under a folder, following symbolic links to folders (a platform folder on another file
/// system): every file's relative path with the SHA-1 of its content, and every folder. Top-level folders named in
/// <c>excluded</c> (RomCurator's data folder) are left out.
/// </summary>
public sealed record DiskSnapshot(IReadOnlyDictionary<string, string> Files, IReadOnlyList<string> Folders)
{
    public static DiskSnapshot Take(string root, params string[] excluded)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 };
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(root, "*", options).Where(f => Included(root, f, excluded)))
        {
            files[Relative(root, file)] = Convert.ToHexStringLower(SHA1.HashData(File.ReadAllBytes(file)));
        }

        var folders = Directory.EnumerateDirectories(root, "*", options)
            .Where(f => Included(root, f, excluded))
            .Select(f => Relative(root, f))
            .Order(StringComparer.Ordinal)
            .ToList();
        return new DiskSnapshot(files, folders);
    }

    /// <summary>The contents, each as often as it is on disk, in order.</summary>
    public IReadOnlyList<string> Contents => Files.Values.Order(StringComparer.Ordinal).ToList();

    private static bool Included(string root, string path, string[] excluded) =>
        !excluded.Contains(Relative(root, path).Split('/')[0], StringComparer.Ordinal);

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
