namespace RomCurator.Core.Organizer;

/// <summary>The organizer's dry run: every candidate file with its action, in a stable order.</summary>
public sealed record OrganizerPlan(string Template, IReadOnlyList<PlannedMove> Items)
{
    public int Moves => Items.Count(i => i.Action == PlanActions.Move);

    public int InPlace => Items.Count(i => i.Action == PlanActions.InPlace);

    public int Conflicts => Items.Count(i => i.Action == PlanActions.Conflict);

    public int Skips => Items.Count(i => i.Action == PlanActions.Skip);

    /// <summary>Multi-disc playlists the apply writes (<see cref="DiscPlaylists"/>).</summary>
    public int Playlists => Items.Count(i => i.Action == PlanActions.Playlist);

    /// <summary>Of <see cref="InPlace"/>, the multi-disc playlists already there (a playlist's line names no file instance).</summary>
    public int PlaylistsInPlace => Items.Count(i => i.Action == PlanActions.InPlace && i.InstanceId == 0);

    /// <summary>Of <see cref="Skips"/>, the multi-disc playlists not written.</summary>
    public int PlaylistsSkipped => Items.Count(i => i.Action == PlanActions.Skip && i.InstanceId == 0);

    /// <summary>Multi-disc playlists the organizer wrote that the apply removes (<see cref="OwnedPlaylists"/>).</summary>
    public int PlaylistsToRemove => Items.Count(i => i.Action == PlanActions.RemovePlaylist);
}
