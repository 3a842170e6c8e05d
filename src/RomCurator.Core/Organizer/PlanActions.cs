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
}
