using RomCurator.Core.Naming;

namespace RomCurator.Core.Preferred;

/// <summary>
/// Splits one DAT's games into families and ranks each: by the DAT's parent/clone links when it has any (a clone of a
/// clone joins the first parent's family), otherwise inferred from names (the same title key and disc once region,
/// language, version and status tags are removed). Families come out in key order.
/// </summary>
public static class VariantGrouper
{
    private const int MaxParentHops = 16;

    public static IReadOnlyList<VariantGroup> Group(IReadOnlyList<GameVariant> games, VariantPreferences preferences)
    {
        var inferred = !games.Any(g => !string.IsNullOrEmpty(g.Parent));
        var parents = inferred ? null : games.GroupBy(g => g.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Parent, StringComparer.Ordinal);
        return games
            .GroupBy(g => inferred ? InferredKey(g.Name) : Family(g, parents!), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new VariantGroup(g.Key, inferred, VariantRanker.Rank(g, preferences)))
            .ToList();
    }

    /// <summary>The family a name belongs to without the DAT's links: its title key, and its disc when it has one.</summary>
    public static string InferredKey(string name)
    {
        var info = DatNameParser.Parse(name);
        var key = info.TitleKey.Length > 0 ? info.TitleKey : name.ToLowerInvariant();
        return info.DiscNumber is { } disc ? $"{key} #disc{disc}" : key;
    }

    private static string Family(GameVariant game, Dictionary<string, string?> parents)
    {
        var name = game.Name;
        var parent = game.Parent;
        for (var hop = 0; hop < MaxParentHops && !string.IsNullOrEmpty(parent) && parent != name; hop++)
        {
            name = parent;
            parent = parents.GetValueOrDefault(name);
        }

        return name;
    }
}
