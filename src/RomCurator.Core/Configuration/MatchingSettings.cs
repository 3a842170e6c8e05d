namespace RomCurator.Core.Configuration;

/// <summary>Thresholds for title matching and the auto-link preference (defaults: <see cref="MatchingDefaults"/>).</summary>
public sealed class MatchingSettings
{
    /// <summary>At or above: an automatic link that goes to review.</summary>
    public double ReviewThreshold { get; set; } = MatchingDefaults.ReviewThreshold;

    /// <summary>At or above: linked to the release straight away when <see cref="AutoLinkHighConfidence"/> is on.</summary>
    public double AutoLinkThreshold { get; set; } = MatchingDefaults.AutoLinkThreshold;

    /// <summary>
    /// The user's "auto-link high confidence matches" preference: title matches at or above the auto-link threshold are
    /// linked to their release without review. Hash matches are linked whatever it says.
    /// </summary>
    public bool AutoLinkHighConfidence { get; set; } = MatchingDefaults.AutoLinkHighConfidence;

    /// <summary>Suggestions kept per file in the review queue.</summary>
    public int MaxCandidatesPerFile { get; set; } = MatchingDefaults.MaxCandidatesPerFile;
}
