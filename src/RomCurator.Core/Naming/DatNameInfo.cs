namespace RomCurator.Core.Naming;

/// <summary>
/// What a DAT game name says about the game: its title without tags, the matching key, regions (normalized,
/// comma-separated), languages, version/revision, disc number and flags (Beta, Proto, Demo, Unl, …).
/// </summary>
public sealed record DatNameInfo(
    string BaseTitle,
    string? Regions,
    string? Languages,
    string? Version,
    string? Revision,
    int? DiscNumber,
    IReadOnlyList<string> Flags)
{
    private string? titleKey;

    /// <summary>
    /// The matching key of <see cref="BaseTitle"/> (<see cref="TitleNormalizer.Key"/>), computed when first read: the
    /// DAT import and variant grouping read it, the per-file facts of a matching pass and the preference rules never do.
    /// </summary>
    public string TitleKey => titleKey ??= TitleNormalizer.Key(BaseTitle);

    public string? FlagText => Flags.Count == 0 ? null : string.Join(",", Flags);

    /// <summary>Equal when the name says the same things (whether the key was computed yet does not count).</summary>
    public bool Equals(DatNameInfo? other) =>
        other is not null && BaseTitle == other.BaseTitle && Regions == other.Regions && Languages == other.Languages
        && Version == other.Version && Revision == other.Revision && DiscNumber == other.DiscNumber && Flags.SequenceEqual(other.Flags);

    public override int GetHashCode() => HashCode.Combine(BaseTitle, Regions, Languages, Version, Revision, DiscNumber, Flags.Count);
}
