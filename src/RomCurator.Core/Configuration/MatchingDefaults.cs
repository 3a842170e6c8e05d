namespace RomCurator.Core.Configuration;

/// <summary>
/// The matching thresholds' defaults, written here and nowhere else: <see cref="MatchingSettings"/> starts from them
/// (a user's config.json may set them) and the matching policy reads the suggestion floor.
/// </summary>
public static class MatchingDefaults
{
    /// <summary>At or above: an automatic link that goes to review.</summary>
    public const double ReviewThreshold = 0.85;

    /// <summary>At or above: linked to the release straight away when auto-linking is on.</summary>
    public const double AutoLinkThreshold = 0.95;

    public const bool AutoLinkHighConfidence = true;

    public const int MaxCandidatesPerFile = 5;

    /// <summary>Under this title score a candidate is dropped, not suggested (not a setting).</summary>
    public const double SuggestionFloor = 0.3;
}
