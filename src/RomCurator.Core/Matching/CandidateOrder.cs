using RomCurator.Core.Configuration;
using RomCurator.Core.Preferred;

namespace RomCurator.Core.Matching;

/// <summary>
/// The order suggestions are ranked in (pure): the highest score first; among equal scores the nearest size, then the
/// preferred variant (1G1R: <see cref="VariantKey"/> — retail before betas and the like, the best region and language,
/// the latest revision, a parent before its clones; the shipped oneGameOneRom defaults unless preferences are given),
/// then the name.
/// </summary>
public static class CandidateOrder
{
    /// <summary>The shipped 1G1R preferences (regions USA, World, Europe, Japan).</summary>
    public static readonly VariantPreferences DefaultPreferences = VariantPreferences.From(new OneGameOneRomSettings());

    public static IEnumerable<TitleCandidate> Rank(IEnumerable<TitleCandidate> candidates, VariantPreferences? preferences = null)
    {
        var all = candidates as IReadOnlyCollection<TitleCandidate> ?? candidates.ToList();
        if (all.Count <= 1)
        {
            return all; // nothing to order: no variant key to read
        }

        return all
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.SizeDistance)
            .ThenBy(c => VariantKey.Of(new GameVariant(c.GameName, c.IsClone ? "" : null), preferences ?? DefaultPreferences))
            .ThenBy(c => c.GameName, StringComparer.Ordinal);
    }
}
