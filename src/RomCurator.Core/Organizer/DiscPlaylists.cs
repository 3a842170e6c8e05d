using System.Text;
using RomCurator.Core.Archives.Discs;
using RomCurator.Core.FileSystem;

namespace RomCurator.Core.Organizer;

/// <summary>
/// Plans the <c>.m3u</c> playlist of each multi-disc game (<c>organizer.m3u</c>): it watches the plan's lines go by,
/// keeps the disc images the plan places (moved or in place; only their paths, so memory stays small), and at the end
/// gives one line per game whose discs (names differing only by <c>(Disc N)</c>, <see cref="MultiDiscSets"/>) land in
/// one folder: the playlist beside them, one disc file name a line in disc order (relative paths, LF, as RetroArch and
/// ES-DE read them; for a cue/bin disc its .cue, never its tracks). A playlist already there with those lines is in
/// place; anything else at its path (another file, a link, a folder) is never overwritten: the line is a skip saying
/// why, as is a path that would leave the root or pass through a link.
/// </summary>
public sealed class DiscPlaylists
{
    /// <summary>The files a playlist lists: images an emulator opens as a disc (track files such as .bin are not).</summary>
    public static readonly IReadOnlyList<string> DiscExtensions =
        [".chd", ".cue", ".gdi", ".ccd", ".cdi", ".mds", ".iso", ".cso", ".zso", ".gcz", ".rvz", ".wia", ".wbfs", ".pbp"];

    private readonly SortedDictionary<string, PlacedDiscs> roots = new(StringComparer.Ordinal);

    /// <summary>Notes <paramref name="line"/> when it places a disc image (moved or in place) in the root at <paramref name="rootPath"/>.</summary>
    public void Observe(PlannedMove line, string rootPath)
    {
        if (line.Action is not (PlanActions.Move or PlanActions.InPlace) || line.To is not { } path
            || !DiscExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
        {
            return;
        }

        if (!roots.TryGetValue(line.Root, out var placed))
        {
            roots[line.Root] = placed = new PlacedDiscs(rootPath, new Dictionary<string, string>(StringComparer.Ordinal));
        }

        placed.Platforms.TryAdd(path, line.Platform);
    }

    /// <summary>The playlists' lines, by root and path; their paths are claimed in <paramref name="claimed"/> like any destination.</summary>
    public IEnumerable<PlannedMove> Lines(ClaimedPaths claimed, BoundaryChecks boundaries)
    {
        foreach (var (root, placed) in roots)
        {
            foreach (var set in MultiDiscSets.Group(placed.Platforms.Keys))
            {
                yield return Line(root, placed, set, claimed, boundaries);
            }
        }
    }

    private static PlannedMove Line(string root, PlacedDiscs placed, MultiDiscSet set, ClaimedPaths claimed, BoundaryChecks boundaries)
    {
        var path = set.Playlist.Replace('\\', '/');
        var platform = placed.Platforms[set.Discs[0]];
        var content = MultiDiscSets.Playlist(set);
        PlannedMove Skip(string why) => new(0, root, platform, path, null, PlanActions.Skip, why + "; the playlist is not written");

        var target = new RootedPath(placed.RootPath, path);
        if (target.ResolvedInsideRoot() is not { } full)
        {
            return Skip("the playlist would leave the root");
        }

        if (boundaries.Destination(target) is { } notThere)
        {
            return Skip(notThere);
        }

        var existing = new FileInfo(full);
        if (existing.LinkTarget is not null || Directory.Exists(full))
        {
            claimed.Claim(root, path);
            return Skip($"'{path}' is already there (a link or a folder) and is never overwritten");
        }

        if (existing.Exists)
        {
            claimed.Claim(root, path);
            return Holds(existing, content)
                ? new PlannedMove(0, root, platform, path, path, PlanActions.InPlace, "the multi-disc playlist is already there, listing these discs", content)
                : Skip($"a different file is already at '{path}' and is never overwritten");
        }

        if (claimed.Take(root, path) is { } taken)
        {
            return Skip(taken);
        }

        var names = string.Join(", ", set.Discs.Select(Path.GetFileName));
        return new PlannedMove(0, root, platform, path, path, PlanActions.Playlist, $"multi-disc playlist of {set.Discs.Count} discs, in disc order: {names}", content);
    }

    /// <summary>Whether the file holds exactly <paramref name="content"/> (read only when the sizes agree).</summary>
    private static bool Holds(FileInfo file, string content)
    {
        var expected = Encoding.UTF8.GetBytes(content);
        try
        {
            if (file.Length != expected.Length)
            {
                return false;
            }

            // Checked: a FIFO or device that took the name since is never opened.
            using var stream = CheckedFile.OpenRegular(file.FullName);
            var bytes = new byte[expected.Length + 1];
            var read = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
            return bytes.AsSpan(0, read).SequenceEqual(expected);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private sealed record PlacedDiscs(string RootPath, Dictionary<string, string> Platforms);
}
