using RomCurator.Core.Matching;
using RomCurator.Core.Preferred;

namespace RomCurator.Core.Review;

/// <summary>
/// The order a file's suggestions are shown in (pure): the highest confidence first; among equal confidences the DAT
/// game whose ROM size is nearest the file's (size evidence), then the preferred variant under the curator's 1G1R
/// preferences (<see cref="VariantKey"/>), then the order matching found them in.
/// </summary>
public static class SuggestionOrder
{
    public static IReadOnlyList<ReviewSuggestion> Order(IEnumerable<ReviewSuggestion> suggestions, FileEvidence file, VariantPreferences preferences) =>
        suggestions
            .OrderByDescending(s => s.Confidence)
            .ThenBy(s => SizeEvidence.Compare(file, s.RomSizes ?? []).Distance)
            .ThenBy(s => VariantKey.Of(new GameVariant(s.Game, null), preferences))
            .ThenBy(s => s.CandidateId)
            .ToList();
}
