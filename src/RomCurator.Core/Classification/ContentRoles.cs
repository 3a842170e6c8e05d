namespace RomCurator.Core.Classification;

/// <summary>The values of <c>rom_file.content_role</c>.</summary>
public static class ContentRoles
{
    public const string Rom = "rom";
    public const string Disc = "disc";
    public const string Patch = "patch";
    public const string Auxiliary = "auxiliary";
    public const string Save = "save";
    public const string Playlist = "playlist";

    /// <summary>Maps a registry entry to a content role (unknown extensions are treated as ROMs).</summary>
    public static string For(ExtensionInfo? info) => info switch
    {
        null => Rom,
        { IsAuxiliary: true } => Auxiliary,
        { IsDisc: true } => Disc,
        { Category: "patch" } => Patch,
        { Category: "save" } => Save,
        { Category: "playlist" } => Playlist,
        { Category: "disc" } => Disc,
        { Category: "auxiliary" } => Auxiliary,
        _ => Rom,
    };
}
