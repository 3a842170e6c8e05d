using RomCurator.Core.Naming;

namespace RomCurator.Core.Preferred;

/// <summary>
/// What ranks one variant, read from its name once: lower is better for every field but the two versions. No-Intro
/// writes a BIOS as "[BIOS] Name (Region)", a tag before the title.
/// </summary>
internal sealed record VariantFacts(
    GameVariant Game,
    int Avoided,
    int RegionRank,
    int LanguageRank,
    bool Verified,
    string? Revision,
    string? Version,
    int OtherFlags)
{
    /// <summary>The language a No-Intro name implies when it has no language tag: the region's own.</summary>
    private static readonly Dictionary<string, string> RegionLanguages = new(StringComparer.Ordinal)
    {
        ["USA"] = "En", ["World"] = "En", ["Europe"] = "En", ["United Kingdom"] = "En", ["Australia"] = "En", ["Canada"] = "En",
        ["New Zealand"] = "En", ["Japan"] = "Ja", ["Germany"] = "De", ["France"] = "Fr", ["Spain"] = "Es", ["Italy"] = "It",
        ["Brazil"] = "Pt", ["Portugal"] = "Pt", ["Korea"] = "Ko", ["China"] = "Zh", ["Taiwan"] = "Zh", ["Hong Kong"] = "Zh",
        ["Netherlands"] = "Nl", ["Sweden"] = "Sv", ["Russia"] = "Ru", ["Poland"] = "Pl", ["Denmark"] = "Da", ["Norway"] = "No",
        ["Finland"] = "Fi", ["Greece"] = "El", ["Latin America"] = "Es", ["Mexico"] = "Es",
    };

    public static VariantFacts Read(GameVariant game, VariantPreferences preferences)
    {
        var name = DatNameParser.Parse(game.Name);
        var flags = game.Name.StartsWith("[BIOS]", StringComparison.OrdinalIgnoreCase) && !name.Flags.Contains("BIOS") ? [.. name.Flags, "BIOS"] : name.Flags;
        var regions = Split(name.Regions, ',');
        var languages = name.Languages is null
            ? regions.Select(r => RegionLanguages.GetValueOrDefault(r)).OfType<string>().ToList()
            : Split(name.Languages, ',');
        return new VariantFacts(
            game,
            flags.Count(preferences.Avoid.Contains),
            BestRank(regions, preferences.Regions),
            BestRank(languages, preferences.Languages),
            flags.Contains("Verified"),
            name.Revision,
            name.Version,
            flags.Count(f => f != "Verified" && !preferences.Avoid.Contains(f)));
    }

    /// <summary>The best position of any of the values in the list; not listed: after every listed one; none at all: after that.</summary>
    private static int BestRank(List<string> values, IReadOnlyList<string> order)
    {
        if (values.Count == 0)
        {
            return order.Count + 1;
        }

        var best = order.Count;
        foreach (var value in values)
        {
            for (var i = 0; i < best; i++)
            {
                if (order[i].Equals(value, StringComparison.OrdinalIgnoreCase))
                {
                    best = i;
                    break;
                }
            }
        }

        return best;
    }

    private static List<string> Split(string? list, char separator) =>
        list is null ? [] : [.. list.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
}
