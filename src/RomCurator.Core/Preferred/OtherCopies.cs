using Microsoft.Data.Sqlite;
using RomCurator.Core.Configuration;

namespace RomCurator.Core.Preferred;

/// <summary>
/// 1G1R for the organizer: of each game's variants the library holds complete (verified by hash), the best ranked one
/// is kept in place; every other held variant is an "other copy", which goes to <see cref="Folder"/> or stays where it
/// is (oneGameOneRom.otherCopies). A variant the library lacks never displaces one it holds.
/// </summary>
public sealed class OtherCopies
{
    /// <summary>The folder, at the top of the root, that takes other copies (the template's path follows below it).</summary>
    public const string Folder = "_others";

    private readonly Dictionary<(string Platform, string Game), string> betterCopies;

    private OtherCopies(Dictionary<(string Platform, string Game), string> betterCopies, OtherCopiesPlacement placement)
    {
        this.betterCopies = betterCopies;
        Placement = placement;
    }

    /// <summary>Whether other copies stay where they are or go to <see cref="Folder"/>.</summary>
    public OtherCopiesPlacement Placement { get; }

    /// <summary>The other copies of the library as the settings rank them, or null when the organizer places every copy.</summary>
    public static OtherCopies? Load(SqliteConnection connection, OneGameOneRomSettings? settings) =>
        settings is { OrganizePreferredOnly: true }
            ? Of(new DatGamesReader(connection).Read(), VariantPreferences.From(settings),
                OtherCopiesPlacements.Parse(settings.OtherCopies) ?? throw new ArgumentException(
                    $"oneGameOneRom.otherCopies must be {OtherCopiesPlacements.Subfolder} or {OtherCopiesPlacements.Stay} (got '{settings.OtherCopies}')"))
            : null;

    /// <summary>The other copies among the DATs' held games (pure).</summary>
    public static OtherCopies Of(IEnumerable<DatGames> dats, VariantPreferences preferences, OtherCopiesPlacement placement)
    {
        var better = new Dictionary<(string, string), string>();
        var kept = new HashSet<(string, string)>();
        foreach (var dat in dats)
        {
            var complete = dat.Games.Where(g => g.Complete).Select(g => g.Game.Name).ToHashSet(StringComparer.Ordinal);
            foreach (var group in VariantGrouper.Group([.. dat.Games.Select(g => g.Game)], preferences))
            {
                var held = group.Ranked.Where(g => complete.Contains(g.Name)).ToList();
                if (held.Count == 0)
                {
                    continue;
                }

                kept.Add((dat.Platform ?? "", held[0].Name));
                foreach (var other in held.Skip(1))
                {
                    better.TryAdd((dat.Platform ?? "", other.Name), held[0].Name);
                }
            }
        }

        // A game another DAT of the platform keeps is kept.
        foreach (var key in kept)
        {
            better.Remove(key);
        }

        return new OtherCopies(better, placement);
    }

    /// <summary>The variant kept instead of this release (a DAT game of the platform), or null when this one is kept.</summary>
    public string? BetterCopy(string? platform, string release) => betterCopies.GetValueOrDefault((platform ?? "", release));
}
