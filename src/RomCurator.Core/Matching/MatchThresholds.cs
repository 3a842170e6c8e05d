using RomCurator.Core.Configuration;

namespace RomCurator.Core.Matching;

/// <summary>
/// The thresholds a title-match decision uses: the user's (review, auto-link, the auto-link preference, suggestions
/// kept per file: <see cref="MatchingSettings"/>) and the floor under which a candidate is not worth suggesting
/// (<see cref="MatchingDefaults.SuggestionFloor"/>).
/// </summary>
public sealed record MatchThresholds(double Suggest, double Review, double AutoLink, bool AutoLinkEnabled, int MaxCandidates)
{
    public static MatchThresholds From(MatchingSettings settings) =>
        new(MatchingDefaults.SuggestionFloor, settings.ReviewThreshold, settings.AutoLinkThreshold, settings.AutoLinkHighConfidence,
            settings.MaxCandidatesPerFile);
}
