using RomCurator.Core.Configuration;

namespace RomCurator.Core.Matching;

/// <summary>
/// The thresholds a title-match decision uses: the user's (review, auto-link, the auto-link preference, suggestions
/// kept per file: <see cref="MatchingSettings"/>) and the floor under which a candidate is not worth suggesting.
/// </summary>
public sealed record MatchThresholds(double Suggest, double Review, double AutoLink, bool AutoLinkEnabled, int MaxCandidates)
{
    /// <summary>Under this score a candidate is dropped, not suggested.</summary>
    public const double MinimumSuggestion = 0.3;

    public static MatchThresholds From(MatchingSettings settings) =>
        new(MinimumSuggestion, settings.ReviewThreshold, settings.AutoLinkThreshold, settings.AutoLinkHighConfidence, settings.MaxCandidatesPerFile);
}
