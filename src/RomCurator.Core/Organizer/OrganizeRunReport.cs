namespace RomCurator.Core.Organizer;

/// <summary>
/// What `organize --apply` / `--undo` prints with --json and stores as the run's notes. <see cref="RunId"/> is null when
/// there was nothing to move: then no run is recorded. <see cref="Playlists"/>: multi-disc playlists written (an apply)
/// or removed (an undo). <see cref="InPlace"/> and <see cref="Skipped"/> count the plan's lines, playlist lines included;
/// <see cref="PlaylistsInPlace"/> and <see cref="PlaylistsSkipped"/> say how many of them are playlists. <see cref="PlaylistsRemoved"/>:
/// playlists the organizer wrote that an apply removed because its plan no longer keeps them (<see cref="PlanActions.RemovePlaylist"/>);
/// <see cref="PlaylistsRestored"/>: such playlists an undo wrote back.
/// </summary>
public sealed record OrganizeRunReport(long? RunId, string Status, string Mode, int Moved, int Failed, int InPlace, int Conflicts, int Skipped, int Recovered, IReadOnlyList<string> Failures,
    int Playlists = 0, int PlaylistsInPlace = 0, int PlaylistsSkipped = 0, int PlaylistsRemoved = 0, int PlaylistsRestored = 0);
