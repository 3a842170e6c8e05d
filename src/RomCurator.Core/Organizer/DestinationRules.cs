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
        if (!release.Verified)
        {
            return UnverifiedLayout.Destination(template, values, Path.GetFileName(relativePath));
        }

        var rendered = template.Render(values);
        return release.RomName is { } romName ? MultiFile(rendered, values["ext"], romName.Name, romName.NamedAfterGame) : rendered;
    }

    /// <summary>
    /// The destination of a verified file of a game that lists several files (a cue sheet and its tracks, the disks of a
    /// set): one template path would give them all one name, and a cue names its tracks. So each keeps the DAT's name for
    /// it, which makes the files distinct and keeps the cue's FILE lines true: in the folder the template gives when every
    /// ROM of the game is named after the game (<paramref name="namedAfterGame"/>; Redump: "Game (USA) (Track 1).bin",
    /// "Game (USA).cue"), else all of them in a folder named as the template names the game's file there (names such as
    /// "track01.bin" never meet another game's, and a cue never lands apart from the tracks it names).
    /// </summary>
    public static string MultiFile(string rendered, string extension, string romName, bool namedAfterGame)
    {
        var slash = rendered.LastIndexOf('/');
        var folder = slash < 0 ? "" : rendered[..(slash + 1)];
        var fileName = rendered[(slash + 1)..];
        var names = romName.Split('/', '\\').Where(name => name.Length > 0).Select(name => PathSanitizer.Segment(name)).ToList();
        if (names.Count == 0)
        {
            return rendered;
        }

        var named = string.Join('/', names);
        if (names.Count == 1 && namedAfterGame)
        {
            return folder + named;
        }

        var stem = extension.Length > 0 && fileName.EndsWith(extension, StringComparison.Ordinal) && fileName.Length > extension.Length
            ? fileName[..^extension.Length]
            : fileName;
        return folder + stem + "/" + named;
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
