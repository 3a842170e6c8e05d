namespace RomCurator.Core.Organizer;

/// <summary>
/// What `organize --apply` / `--undo` prints with --json and stores as the run's notes. <see cref="RunId"/> is null when
/// there was nothing to move: then no run is recorded. <see cref="Playlists"/>: multi-disc playlists written (an apply)
/// or removed (an undo).
/// </summary>
public sealed record OrganizeRunReport(long? RunId, string Status, string Mode, int Moved, int Failed, int InPlace, int Conflicts, int Skipped, int Recovered, IReadOnlyList<string> Failures,
    int Playlists = 0);
