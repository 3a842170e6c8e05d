namespace RomCurator.Core.Organizer;

/// <summary>
/// Where the plan puts a file of a release, relative to its root, from the template alone: a verified file by the
/// template; an accepted, unverified one by <see cref="UnverifiedLayout"/>. Pure: it reads no file and no database (the
/// planner then checks the root's boundaries and what is on disk).
/// </summary>
public static class DestinationRules
{
    private static readonly string[] CompoundExtensions = [".tar.gz", ".tar.bz2", ".tar.xz"];

    public static string Destination(OrganizerTemplate template, ReleasePlacement release, string relativePath, string? preset)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["platform"] = PlatformFolders.Folder(release.Platform, preset),
            ["region"] = release.Region ?? "Unknown",
            ["title"] = release.Release,
            ["base_title"] = release.BaseTitle ?? release.Release,
            ["ext"] = Extension(relativePath),
            ["letter"] = OrganizerTemplate.Letter(release.BaseTitle ?? release.Release),
        };
        return release.Verified
            ? template.Render(values)
            : UnverifiedLayout.Destination(template, values, Path.GetFileName(relativePath));
    }

    /// <summary>The file's extension, lower case, with its dot ("" when none); .tar.gz and kin count as one.</summary>
    public static string Extension(string path)
    {
        var name = Path.GetFileName(path);
        foreach (var compound in CompoundExtensions)
        {
            if (name.EndsWith(compound, StringComparison.OrdinalIgnoreCase))
            {
                return compound;
            }
        }

        return Path.GetExtension(name).ToLowerInvariant();
    }
}
