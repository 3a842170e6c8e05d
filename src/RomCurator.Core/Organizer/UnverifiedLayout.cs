namespace RomCurator.Core.Organizer;

/// <summary>
/// Where a file accepted in review but not verified by hash goes (<c>organizer.unverified</c> = separate): the folders
/// the template gives its release, with an <see cref="Folder"/> folder right after the platform's folder (first, when no
/// folder of the template names the platform), then a folder named after the release (its full DAT name), then the file's own name.
/// With "{platform}/{region}/{title}{ext}": <c>Nintendo - Game Boy/Unverified/USA/Alpha (USA)/alpha-hack.gb</c>.
/// Pure: it reads nothing.
/// </summary>
public static class UnverifiedLayout
{
    public const string Folder = "Unverified";

    public static string Destination(OrganizerTemplate template, IReadOnlyDictionary<string, string> values, string ownFileName)
    {
        var folders = template.Segments(values).SkipLast(1).ToList();
        folders.Insert(Math.Min(template.PlatformSegment + 1, folders.Count), Folder);
        folders.Add(PathSanitizer.Segment(values["title"], "Unknown"));
        folders.Add(PathSanitizer.Segment(ownFileName, "Unknown"));
        return string.Join('/', folders);
    }
}
