using RomCurator.Core.Dats.Naming;

namespace RomCurator.Core.Matching;

/// <summary>
/// The order suggestions are ranked in (pure): the highest score first; among equal scores the nearest size, then the
/// DAT's preferred variant (a parent before its clones, then by region: <see cref="PreferredRegions"/>), then the name.
/// </summary>
public static class CandidateOrder
{
    /// <summary>Regions a variant is preferred in, first best (an English-speaking default; others come after, alike).</summary>
    public static readonly string[] PreferredRegions = ["USA", "World", "Europe", "Japan"];

    public static IEnumerable<TitleCandidate> Rank(IEnumerable<TitleCandidate> candidates) => candidates
        .OrderByDescending(c => c.Score)
        .ThenBy(c => c.SizeDistance)
        .ThenBy(c => c.IsClone)
        .ThenBy(c => RegionRank(c.GameName))
        .ThenBy(c => c.GameName, StringComparer.Ordinal);

    private static int RegionRank(string gameName)
    {
        var regions = DatNameParser.Parse(gameName).Regions;
        if (regions is null)
        {
            return PreferredRegions.Length + 1;
        }

        var best = PreferredRegions.Length;
        foreach (var region in regions.Split(", "))
        {
            var rank = Array.IndexOf(PreferredRegions, region);
            if (rank >= 0 && rank < best)
            {
                best = rank;
            }
        }

        return best;
    }
}
