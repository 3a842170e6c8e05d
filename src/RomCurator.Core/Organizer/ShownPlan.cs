namespace RomCurator.Core.Organizer;

/// <summary>
/// A plan the organizer showed: its number, the root it was limited to, its template, fingerprint and counts (as
/// <see cref="PlanCounts"/>: <see cref="InPlace"/> and <see cref="Skips"/> include the playlist lines, which are also
/// counted on their own).
/// </summary>
public sealed record ShownPlan(long PlanId, string? RootName, string Template, string Fingerprint, int Moves, int InPlace, int Conflicts, int Skips,
    int Playlists = 0, int PlaylistsInPlace = 0, int PlaylistsSkipped = 0, int PlaylistsToRemove = 0);
