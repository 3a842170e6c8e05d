namespace RomCurator.Core.Organizer;

/// <summary>How many files of a plan move, stay in place, conflict and are skipped, and how many playlists it writes (counted as the plan streams by).</summary>
public sealed class PlanCounts
{
    public int Moves { get; private set; }

    public int InPlace { get; private set; }

    public int Conflicts { get; private set; }

    public int Skips { get; private set; }

    /// <summary>Multi-disc playlists the apply writes (lines of their own, not files: not in <see cref="Total"/>).</summary>
    public int Playlists { get; private set; }

    /// <summary>Playlist lines already in place (also counted in <see cref="InPlace"/>, as they always were).</summary>
    public int PlaylistsInPlace { get; private set; }

    /// <summary>Playlist lines the plan does not write, with the reason (also counted in <see cref="Skips"/>, as they always were).</summary>
    public int PlaylistsSkipped { get; private set; }

    /// <summary>Playlists the organizer wrote that the apply removes (<see cref="PlanActions.RemovePlaylist"/>; not in <see cref="Total"/>).</summary>
    public int PlaylistsToRemove { get; private set; }

    /// <summary>Files (not playlists) already in place.</summary>
    public int FilesInPlace => InPlace - PlaylistsInPlace;

    /// <summary>Files (not playlists) the plan skips.</summary>
    public int FilesSkipped => Skips - PlaylistsSkipped;

    public int Total => Moves + InPlace + Conflicts + Skips;

    /// <summary>Whether applying the plan changes anything: a file moves or a playlist is written or removed.</summary>
    public bool HasWork => Moves + Playlists + PlaylistsToRemove > 0;

    public PlannedMove Count(PlannedMove item)
    {
        switch (item.Action)
        {
            case PlanActions.Move:
                Moves++;
                break;
            case PlanActions.InPlace:
                InPlace++;
                PlaylistsInPlace += IsPlaylistLine(item) ? 1 : 0;
                break;
            case PlanActions.Conflict:
                Conflicts++;
                break;
            case PlanActions.Playlist:
                Playlists++;
                break;
            case PlanActions.RemovePlaylist:
                PlaylistsToRemove++;
                break;
            default:
                Skips++;
                PlaylistsSkipped += IsPlaylistLine(item) ? 1 : 0;
                break;
        }

        return item;
    }

    /// <summary>The counts of a remembered plan (<see cref="ShownPlan"/>).</summary>
    public static PlanCounts Of(ShownPlan shown) => new()
    {
        Moves = shown.Moves, InPlace = shown.InPlace, Conflicts = shown.Conflicts, Skips = shown.Skips,
        Playlists = shown.Playlists, PlaylistsInPlace = shown.PlaylistsInPlace, PlaylistsSkipped = shown.PlaylistsSkipped,
        PlaylistsToRemove = shown.PlaylistsToRemove,
    };

    /// <summary>A multi-disc playlist's line names no file instance (<see cref="PlannedMove"/>).</summary>
    private static bool IsPlaylistLine(PlannedMove item) => item.InstanceId == 0;
}
