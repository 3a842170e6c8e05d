using RomCurator.Core.FileSystem;

namespace RomCurator.Core.Library;

/// <summary>Checks a would-be root: it exists, is a readable folder, and neither lies inside nor contains another root.</summary>
public static class RootPathValidator
{
    /// <summary>Returns the canonical path to store, or throws <see cref="RootValidationException"/>.</summary>
    public static string Validate(string path, IEnumerable<LibraryRoot> existingRoots)
    {
        var full = Path.GetFullPath(path);
        if (!Directory.Exists(full))
        {
            throw new RootValidationException(File.Exists(full)
                ? $"'{full}' is a file, not a folder."
                : $"'{full}' does not exist{NonUtf8Names.Explain(full)}.");
        }

        var canonical = RealPath.TryResolve(full) ?? full;
        try
        {
            using var probe = Directory.EnumerateFileSystemEntries(canonical).GetEnumerator();
            probe.MoveNext();
        }
        catch (Exception error) when (error is UnauthorizedAccessException or IOException)
        {
            throw new RootValidationException($"'{canonical}' cannot be read: {error.Message}");
        }

        foreach (var other in existingRoots.Where(r => !r.IsRemoved))
        {
            if (other.Path == canonical)
            {
                throw new RootValidationException($"'{canonical}' is already the root '{other.Name}'.");
            }

            if (RealPath.IsSameOrUnder(canonical, other.Path))
            {
                throw new RootValidationException($"'{canonical}' is inside the root '{other.Name}' ({other.Path}).");
            }

            if (RealPath.IsSameOrUnder(other.Path, canonical))
            {
                throw new RootValidationException($"'{canonical}' contains the root '{other.Name}' ({other.Path}).");
            }
        }

        return canonical;
    }
}
