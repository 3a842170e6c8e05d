namespace RomCurator.Core.Naming;

/// <summary>
/// What a DAT game name says about the game: its title without tags, the matching key, regions (normalized,
/// comma-separated), languages, version/revision, disc number and flags (Beta, Proto, Demo, Unl, …).
/// </summary>
public sealed record DatNameInfo(
    string BaseTitle,
    string TitleKey,
    string? Regions,
    string? Languages,
    string? Version,
    string? Revision,
    int? DiscNumber,
    IReadOnlyList<string> Flags)
{
    public string? FlagText => Flags.Count == 0 ? null : string.Join(",", Flags);
}
