namespace RomCurator.Core.Organizer;

/// <summary>
/// Where extra copies of one content go (<c>organizer.duplicates</c> = move), and which copy is "the" copy. Copies are
/// counted per root (each root keeps its own copy; nothing moves across roots), only among files of the root (a copy
/// inside an archive never moves and does not make a loose copy extra) and only for content of at least one byte.
/// The copy kept is, in this order: one outside <see cref="Folder"/>; a regular file reached without a symbolic link (one
/// the organizer may move: a link is never the copy kept when a real file has the content); one a loose cue sheet keeps
/// with its files (<see cref="CueSheets"/>: its cue needs it where its set goes, a loose copy does not); one already where the plan
/// puts it; the shortest path; the first path in ordinal order. Every other copy moves to <c>_duplicates/</c> + its own relative path (so two
/// copies never collide and the path says where it came from); one already under <c>_duplicates/</c> stays. Pure.
/// </summary>
public static class DuplicateLayout
{
    public const string Folder = "_duplicates";

    public static bool IsInside(string relativePath) => relativePath.StartsWith(Folder + "/", StringComparison.Ordinal);

    /// <summary>Where an extra copy at <paramref name="relativePath"/> goes: under the duplicates folder, or where it is when already there.</summary>
    public static string Destination(string relativePath) => IsInside(relativePath) ? relativePath : Folder + "/" + relativePath;

    /// <summary>
    /// The copy kept among <paramref name="paths"/> (one content, one root); <paramref name="movable"/> says whether a path is a
    /// regular file reached without a link, <paramref name="inPlace"/> whether it is where the plan puts it,
    /// <paramref name="inCueSet"/> whether a loose cue sheet keeps it with its files.
    /// </summary>
    public static string Keeper(IEnumerable<string> paths, Func<string, bool> movable, Func<string, bool> inPlace, Func<string, bool>? inCueSet = null) =>
        paths.OrderBy(IsInside)
            .ThenBy(path => !movable(path))
            .ThenBy(path => inCueSet is not null && !inCueSet(path))
            .ThenBy(path => !inPlace(path))
            .ThenBy(path => path.Length)
            .ThenBy(path => path, StringComparer.Ordinal)
            .First();

    /// <summary>The plan's note on an extra copy's line.</summary>
    public static string Note(string keeper) => $"{NoteStart}the same content is kept at '{keeper}'; organizer.duplicates is 'move'";

    /// <summary>Whether <paramref name="line"/> is an extra copy's (it goes to, or stays in, <see cref="Folder"/> with <see cref="Note"/>).</summary>
    public static bool IsExtraCopy(PlannedMove line) =>
        line.To is { } to && IsInside(to) && line.Reason?.StartsWith(NoteStart, StringComparison.Ordinal) == true;

    private const string NoteStart = "duplicate: ";
}
