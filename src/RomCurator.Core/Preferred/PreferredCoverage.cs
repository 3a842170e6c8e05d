namespace RomCurator.Core.Preferred;

/// <summary>
/// `report --1g1r` for one DAT: its games counted once each, by their preferred variant. <see cref="Have"/>: the
/// preferred copy is complete; <see cref="OnlyOther"/>: it is not, but another variant of the game is; <see cref="Missing"/>:
/// no variant is. <see cref="InferredFamilies"/> is true when the DAT has no parent/clone links and the families were
/// inferred from names.
/// </summary>
public sealed record PreferredCoverage(
    string Dat,
    string? Version,
    string? Platform,
    bool InferredFamilies,
    long Games,
    long Have,
    long OnlyOther,
    long Missing,
    IReadOnlyList<OtherCopy> OnlyOtherCopies,
    IReadOnlyList<string> MissingGames)
{
    /// <summary>The coverage of one DAT's games under the preferences (pure).</summary>
    public static PreferredCoverage Of(DatGames dat, VariantPreferences preferences)
    {
        var states = dat.Games.GroupBy(g => g.Game.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var groups = VariantGrouper.Group([.. states.Values.Select(s => s.Game)], preferences);
        long have = 0;
        var others = new List<OtherCopy>();
        var missing = new List<string>();
        foreach (var group in groups)
        {
            if (states[group.Preferred.Name].Complete)
            {
                have++;
                continue;
            }

            var held = group.Ranked.Skip(1).Where(g => states[g.Name].Complete).Select(g => g.Name).ToList();
            if (held.Count > 0)
            {
                others.Add(new OtherCopy(group.Preferred.Name, held));
            }
            else
            {
                missing.Add(group.Preferred.Name);
            }
        }

        return new PreferredCoverage(dat.Dat, dat.Version, dat.Platform, groups.Count > 0 && groups[0].Inferred, groups.Count, have,
            others.Count, missing.Count, others, missing);
    }
}
