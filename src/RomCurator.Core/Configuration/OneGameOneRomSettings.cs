namespace RomCurator.Core.Configuration;

/// <summary>
/// 1G1R ("one game, one ROM"): which variant of a game (regions, languages, revisions, betas…) the curator prefers,
/// and whether the organizer places only that copy. Lists are comma-separated, best first.
/// </summary>
public sealed class OneGameOneRomSettings
{
    /// <summary>Regions best first, e.g. "USA, World, Europe, Japan"; a region not listed comes after every listed one.</summary>
    public string Regions { get; set; } = "USA, World, Europe, Japan";

    /// <summary>Languages best first, e.g. "En, Ja" (No-Intro codes); names without a language tag take their region's.</summary>
    public string Languages { get; set; } = "En";

    /// <summary>Kinds a retail copy is preferred over, e.g. "Beta, Proto, Demo, Sample, Pirate, Unl, BIOS".</summary>
    public string Avoid { get; set; } = "Beta, Proto, Demo, Sample, Pirate, Unl, BIOS, Hack, BadDump";

    /// <summary>When true, the organizer places only the preferred copy of each game (off by default).</summary>
    public bool OrganizePreferredOnly { get; set; }

    /// <summary>With <see cref="OrganizePreferredOnly"/>: "subfolder" moves other copies to an _others/ folder, "stay" leaves them where they are.</summary>
    public string OtherCopies { get; set; } = "subfolder";
}
