namespace RomCurator.Core.Organizer;

/// <summary>
/// What `organize --apply` / `--undo` prints with --json and stores as the run's notes. <see cref="RunId"/> is null when
/// there was nothing to move: then no run is recorded. <see cref="Playlists"/>: multi-disc playlists written (an apply)
/// or removed (an undo). <see cref="InPlace"/> and <see cref="Skipped"/> count the plan's lines, playlist lines included;
/// <see cref="PlaylistsInPlace"/> and <see cref="PlaylistsSkipped"/> say how many of them are playlists.
/// </summary>
public sealed record OrganizeRunReport(long? RunId, string Status, string Mode, int Moved, int Failed, int InPlace, int Conflicts, int Skipped, int Recovered, IReadOnlyList<string> Failures,
    int Playlists = 0, int PlaylistsInPlace = 0, int PlaylistsSkipped = 0);
