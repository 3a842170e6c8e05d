namespace RomCurator.Core.Configuration;

/// <summary>How the organizer lays out the library.</summary>
public sealed class OrganizerSettings
{
    /// <summary>Destination template relative to the root, e.g. "{platform}/{region}/{title}{ext}".</summary>
    public string Template { get; set; } = "{platform}/{region}/{title}{ext}";

    /// <summary>A named layout (e.g. "retroarch", "es-de") that overrides <see cref="Template"/> when set.</summary>
    public string Preset { get; set; } = "";

    /// <summary>When true, `organize` without flags only shows the plan.</summary>
    public bool DryRunByDefault { get; set; } = true;

    /// <summary>
    /// What the organizer does with a file the user accepted in review but whose content is not the DAT's (not verified by
    /// hash): "separate" moves it, under its own file name, into an <c>Unverified</c> folder of its platform's folder;
    /// "skip" leaves it where it is (see <see cref="OrganizerPolicies"/>).
    /// </summary>
    public string Unverified { get; set; } = OrganizerPolicies.UnverifiedSeparate;

    /// <summary>
    /// Extra copies of one content in a root: "keep" (default) leaves them; "move" moves every copy but one into the root's
    /// <c>_duplicates</c> folder (never deleting, never across roots, never out of an archive).
    /// </summary>
    public string Duplicates { get; set; } = OrganizerPolicies.DuplicatesKeep;

    /// <summary>
    /// Multi-disc playlists: "auto" (the default, written here only: the shipped config.json leaves it out) writes an .m3u
    /// beside the discs of each multi-disc game with the es-de and retroarch presets; "on" always; "off" never
    /// (see <see cref="OrganizerPolicies.WritesPlaylists"/>).
    /// </summary>
    public string M3u { get; set; } = OrganizerPolicies.M3uAuto;
}
