namespace RomCurator.Core.Preferred;

/// <summary>
/// Orders one game's variants best first, a pure function of their names and the preferences: a retail copy before
/// the kinds to avoid (fewer of them first), then the best region, the best language, a verified dump ([!]), the
/// latest revision, the latest version, fewer other tags (Alt, Promo…), the parent before its clones, and the name.
/// </summary>
public static class VariantRanker
{
    public static IReadOnlyList<GameVariant> Rank(IEnumerable<GameVariant> games, VariantPreferences preferences) =>
        games.Select(g => VariantFacts.Read(g, preferences))
            .OrderBy(f => f.Avoided)
            .ThenBy(f => f.RegionRank)
            .ThenBy(f => f.LanguageRank)
            .ThenBy(f => f.Verified ? 0 : 1)
            .ThenByDescending(f => f.Revision, Comparer<string?>.Create(VersionOrder.Compare))
            .ThenByDescending(f => f.Version, Comparer<string?>.Create(VersionOrder.Compare))
            .ThenBy(f => f.OtherFlags)
            .ThenBy(f => f.Game.Parent is null ? 0 : 1)
            .ThenBy(f => f.Game.Name, StringComparer.Ordinal)
            .Select(f => f.Game)
            .ToList();
}
