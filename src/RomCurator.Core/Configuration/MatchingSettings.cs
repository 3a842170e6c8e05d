namespace RomCurator.Core.Configuration;

/// <summary>Thresholds for title matching and the auto-link preference.</summary>
public sealed class MatchingSettings
{
    /// <summary>At or above: an automatic link that goes to review (default 0.85).</summary>
    public double ReviewThreshold { get; set; } = 0.85;

    /// <summary>At or above: linked to the release straight away when <see cref="AutoLinkHighConfidence"/> is on (default 0.95).</summary>
    public double AutoLinkThreshold { get; set; } = 0.95;

    /// <summary>
    /// The user's "auto-link high confidence matches" preference: title matches at or above the auto-link threshold are
    /// linked to their release without review. Hash matches are linked whatever it says.
    /// </summary>
    public bool AutoLinkHighConfidence { get; set; } = true;

    /// <summary>Suggestions kept per file in the review queue.</summary>
    public int MaxCandidatesPerFile { get; set; } = 5;
}
