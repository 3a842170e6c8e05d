namespace RomCurator.Core.Preferred;

/// <summary>
/// Where a variant stands under the preferences, read from its name once; a smaller key is a better variant (the
/// order <see cref="VariantRanker"/> documents). Keys of games of different families compare too (the suggestions of a
/// file are ordered by them).
/// </summary>
public sealed class VariantKey : IComparable<VariantKey>
{
    private readonly VariantFacts facts;

    private VariantKey(VariantFacts facts) => this.facts = facts;

    public static VariantKey Of(GameVariant game, VariantPreferences preferences) => new(VariantFacts.Read(game, preferences));

    public int CompareTo(VariantKey? other)
    {
        if (other is null)
        {
            return -1;
        }

        var a = facts;
        var b = other.facts;
        int order;
        if ((order = a.Avoided.CompareTo(b.Avoided)) != 0
            || (order = a.RegionRank.CompareTo(b.RegionRank)) != 0
            || (order = a.LanguageRank.CompareTo(b.LanguageRank)) != 0
            || (order = b.Verified.CompareTo(a.Verified)) != 0
            || (order = VersionOrder.Compare(b.Revision, a.Revision)) != 0
            || (order = VersionOrder.Compare(b.Version, a.Version)) != 0
            || (order = a.OtherFlags.CompareTo(b.OtherFlags)) != 0
            || (order = (a.Game.Parent is null ? 0 : 1).CompareTo(b.Game.Parent is null ? 0 : 1)) != 0)
        {
            return order;
        }

        return string.CompareOrdinal(a.Game.Name, b.Game.Name);
    }
}
