namespace RomCurator.Core.Organizer;

/// <summary>What the plan says for a file.</summary>
public static class PlanActions
{
    public const string Move = "move";
    public const string InPlace = "in_place";
    public const string Conflict = "conflict";
    public const string Skip = "skip";

    /// <summary>A multi-disc game's .m3u playlist the apply writes beside its discs (<see cref="DiscPlaylists"/>).</summary>
    public const string Playlist = "playlist";

    /// <summary>
    /// A multi-disc playlist the organizer wrote, unchanged, that no playlist line of the plan keeps (organizer.m3u is off,
    /// or its discs go elsewhere): the apply removes it, recording its text, so an undo writes it back (<see cref="OwnedPlaylists"/>).
    /// </summary>
    public const string RemovePlaylist = "remove_playlist";
}
