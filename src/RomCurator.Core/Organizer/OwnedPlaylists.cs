using System.Text;
using RomCurator.Core.FileSystem;

namespace RomCurator.Core.Organizer;

/// <summary>
/// The multi-disc playlists the organizer wrote and still owns (unchanged since: <see cref="WrittenPlaylists"/>) as the
/// plan streams by. One the plan keeps (its playlist line finds it in place) is not listed; every other one would be left
/// behind pointing at discs the organizer no longer keeps beside it (<c>organizer.m3u</c> turned off, or its discs go to
/// another folder), so it gets a line of its own: <see cref="PlanActions.RemovePlaylist"/>, with its text (the apply
/// records it, and undo writes it back). One whose text on disk is no longer what was written (edited since the last
/// scan, unreadable) is kept, and its line says so.
/// </summary>
public sealed class OwnedPlaylists
{
    private readonly List<(string Root, string Platform, RootedPath Path, string Sha1)> owned = [];

    public void Add(string root, string platform, RootedPath path, string sha1) => owned.Add((root, platform, path, sha1));

    /// <summary>The lines of the owned playlists not among <paramref name="kept"/> (the plan's playlist lines), in path order.</summary>
    public IEnumerable<PlannedMove> Lines(IReadOnlySet<(string Root, string Path)> kept)
    {
        foreach (var (root, platform, path, sha1) in owned)
        {
            var relative = path.Relative.Replace('\\', '/');
            if (kept.Contains((root, relative)))
            {
                continue;
            }

            yield return Text(path, sha1) is { } content
                ? new PlannedMove(0, root, platform, relative, null, PlanActions.RemovePlaylist, RemovalNote, content)
                : new PlannedMove(0, root, platform, relative, null, PlanActions.Skip, ChangedNote);
        }
    }

    /// <summary>Why an owned playlist is removed.</summary>
    public const string RemovalNote = "a multi-disc playlist the organizer wrote that this plan no longer keeps there (organizer.m3u off, or its discs go elsewhere): " +
                                      "the apply removes it, undo puts it back";

    /// <summary>Why an owned playlist whose text changed since the scan stays.</summary>
    public const string ChangedNote = "a multi-disc playlist the organizer wrote, changed since the last scan: it is the user's now and is kept";

    /// <summary>The playlist's text when the regular file there still holds what was written (SHA-1 <paramref name="sha1"/>), else null.</summary>
    private static string? Text(RootedPath path, string sha1)
    {
        return path.ResolvedInsideRoot() is { } full && PlaylistFiles.Held(full, sha1) is { } bytes ? Encoding.UTF8.GetString(bytes) : null;
    }
}
