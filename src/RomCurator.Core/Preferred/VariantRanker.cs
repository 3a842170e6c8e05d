namespace RomCurator.Core.Preferred;

/// <summary>
/// Orders one game's variants best first, a pure function of their names and the preferences: a retail copy before
/// the kinds to avoid (fewer of them first), then the best region, the best language, a verified dump ([!]), the
/// latest revision, the latest version, fewer other tags (Alt, Promo…), the parent before its clones, and the name
/// (<see cref="VariantKey"/>).
/// </summary>
public static class VariantRanker
{
    public static IReadOnlyList<GameVariant> Rank(IEnumerable<GameVariant> games, VariantPreferences preferences) =>
        games.OrderBy(g => VariantKey.Of(g, preferences)).ToList();
}
