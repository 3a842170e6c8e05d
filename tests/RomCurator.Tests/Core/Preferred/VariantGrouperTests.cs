using RomCurator.Core.Configuration;
using RomCurator.Core.Preferred;

namespace RomCurator.Tests.Core.Preferred;

/// <summary>Families of the shared DATs: the DAT's parent/clone links where it has them, inferred from names where it has none.</summary>
public sealed class VariantGrouperTests
{
    private static readonly VariantPreferences Defaults = VariantPreferences.From(new OneGameOneRomSettings());

    [Test]
    public async Task A_parent_clone_dat_keeps_its_families_and_ranks_each()
    {
        var games = SharedDatGames.Read(SharedDatGames.Snes);
        var groups = VariantGrouper.Group(games, Defaults);
        var world = groups.Single(g => g.Key == "Super Mario World (Europe) (Rev 1)");

        await Assert.That(groups.All(g => !g.Inferred)).IsTrue();
        await Assert.That(groups.Count).IsEqualTo(games.Count(g => g.Parent is null));
        await Assert.That(groups.Sum(g => g.Ranked.Count)).IsEqualTo(games.Count);
        await Assert.That(world.Ranked.Count).IsEqualTo(8);
        await Assert.That(world.Preferred.Name).IsEqualTo("Super Mario World (USA)");
        await Assert.That(world.Ranked.Select(g => g.Name)).Contains("Super Mario World - Super Mario Bros. 4 (Japan)");
        await Assert.That(world.Ranked.Take(world.Ranked.Count - 2).Select(g => g.Name))
            .DoesNotContain(n => n.Contains("(Beta)") || n.Contains("[b]"));
    }

    [Test]
    public async Task Other_preferences_pick_another_member_of_the_same_family()
    {
        var games = SharedDatGames.Read(SharedDatGames.Snes);

        var europe = VariantGrouper.Group(games, VariantPreferences.From(new OneGameOneRomSettings { Regions = "Europe, USA" }))
            .Single(g => g.Key == "Super Mario World (Europe) (Rev 1)");
        var japan = VariantGrouper.Group(games, VariantPreferences.From(new OneGameOneRomSettings { Regions = "Japan", Languages = "Ja" }))
            .Single(g => g.Key == "Super Mario World (Europe) (Rev 1)");

        await Assert.That(europe.Preferred.Name).IsEqualTo("Super Mario World (Europe) (Rev 1)");
        await Assert.That(japan.Preferred.Name).IsEqualTo("Super Mario World - Super Mario Bros. 4 (Japan)");
    }

    [Test]
    public async Task A_dat_without_links_is_grouped_by_title_once_tags_are_removed()
    {
        var games = SharedDatGames.Read(SharedDatGames.GameBoy);
        var groups = VariantGrouper.Group(games, Defaults);
        var tetris = groups.Single(g => g.Ranked.Any(v => v.Name == "Tetris (World) (Rev 1)"));
        var tetris2 = groups.Single(g => g.Ranked.Any(v => v.Name == "Tetris 2 (USA)"));

        await Assert.That(games.All(g => g.Parent is null)).IsTrue();
        await Assert.That(groups.All(g => g.Inferred)).IsTrue();
        await Assert.That(groups.Count).IsLessThan(games.Count);
        await Assert.That(tetris.Ranked.Select(g => g.Name)).IsEquivalentTo(["Tetris (World) (Rev 1)", "Tetris (Japan) (En)"]);
        await Assert.That(tetris2.Preferred.Name).IsEqualTo("Tetris 2 (USA, Europe) (Rev 1) (SGB Enhanced)");
        await Assert.That(tetris2.Ranked.Select(g => g.Name)).DoesNotContain("Tetris Attack (USA, Europe) (SGB Enhanced)");
    }

    [Test]
    public async Task Inferred_families_keep_discs_apart()
    {
        var games = SharedDatGames.Read(SharedDatGames.Dreamcast);
        var groups = VariantGrouper.Group(games, Defaults);
        var discOne = games.First(g => g.Name.Contains("(Disc 1)"));
        var discTwo = games.First(g => g.Name == discOne.Name.Replace("(Disc 1)", "(Disc 2)"));

        await Assert.That(groups.Single(g => g.Ranked.Contains(discOne)).Ranked).DoesNotContain(discTwo);
        await Assert.That(groups.Any(g => g.Ranked.Contains(discTwo))).IsTrue();
    }

    [Test]
    public async Task Mame_clones_join_their_parent_and_the_parent_is_preferred()
    {
        var games = SharedDatGames.Read(SharedDatGames.Mame);
        var groups = VariantGrouper.Group(games, Defaults);
        var pacman = groups.Single(g => g.Key == "pacman");

        await Assert.That(pacman.Ranked.Count).IsGreaterThan(1);
        await Assert.That(pacman.Preferred.Name).IsEqualTo("pacman");
        await Assert.That(pacman.Ranked.Select(g => g.Name)).Contains("puckman");
    }

    [Test]
    public async Task A_clone_of_a_clone_joins_the_first_parent_and_a_loop_ends()
    {
        GameVariant[] games = [new("A (USA)", null), new("A (Europe)", "A (USA)"), new("A (Japan)", "A (Europe)"), new("B (USA)", "C (USA)"), new("C (USA)", "B (USA)")];

        var groups = VariantGrouper.Group(games, Defaults);

        await Assert.That(groups.Single(g => g.Key == "A (USA)").Ranked.Count).IsEqualTo(3);
        await Assert.That(groups.Sum(g => g.Ranked.Count)).IsEqualTo(5);
    }
}
