using RomCurator.Core.Configuration;
using RomCurator.Core.Preferred;

namespace RomCurator.Tests.Core.Preferred;

/// <summary>1G1R ranking without a database: real names from the shared DATs, ranked by the curator's preferences.</summary>
public sealed class VariantRankerTests
{
    private static readonly VariantPreferences Defaults = VariantPreferences.From(new OneGameOneRomSettings());

    private static VariantPreferences With(string regions, string languages = "En", string avoid = "Beta, Proto, Demo, Sample, Pirate, Unl, BIOS, Hack, BadDump") =>
        VariantPreferences.From(new OneGameOneRomSettings { Regions = regions, Languages = languages, Avoid = avoid });

    private static string Best(VariantPreferences preferences, params string[] names) =>
        VariantRanker.Rank(names.Select(n => new GameVariant(n, null)), preferences)[0].Name;

    [Test]
    public async Task The_first_listed_region_wins_and_the_order_of_the_list_decides()
    {
        string[] tetris = ["Tetris (Japan) (En)", "Tetris (World) (Rev 1)"];

        await Assert.That(Best(Defaults, tetris)).IsEqualTo("Tetris (World) (Rev 1)");
        await Assert.That(Best(With("Japan, World"), tetris)).IsEqualTo("Tetris (Japan) (En)");
    }

    [Test]
    public async Task A_name_with_several_regions_counts_its_best_one()
    {
        await Assert.That(Best(With("Europe, USA"), "Super Mario Bros. + Duck Hunt (USA)", "Super Mario Bros. + Duck Hunt (Europe, Asia) (En)"))
            .IsEqualTo("Super Mario Bros. + Duck Hunt (Europe, Asia) (En)");
        await Assert.That(Best(Defaults, "Super Mario Bros. + Duck Hunt (Europe, Asia) (En)", "Super Mario Bros. + Duck Hunt (USA)"))
            .IsEqualTo("Super Mario Bros. + Duck Hunt (USA)");
    }

    [Test]
    public async Task The_latest_revision_wins_within_a_region_and_revision_10_is_after_9()
    {
        await Assert.That(Best(Defaults, "Tetris 2 (USA, Europe) (SGB Enhanced)", "Tetris 2 (USA, Europe) (Rev 1) (SGB Enhanced)", "Tetris 2 (USA)"))
            .IsEqualTo("Tetris 2 (USA, Europe) (Rev 1) (SGB Enhanced)");
        await Assert.That(Best(Defaults, "Game (USA) (Rev 9)", "Game (USA) (Rev 10)", "Game (USA) (Rev 2)")).IsEqualTo("Game (USA) (Rev 10)");
        await Assert.That(Best(Defaults, "Game (USA) (v1.04)", "Game (USA) (v1.1)")).IsEqualTo("Game (USA) (v1.1)");
        await Assert.That(Best(Defaults, "Game (USA) (v1.10)", "Game (USA) (v1.9)")).IsEqualTo("Game (USA) (v1.10)");
    }

    [Test]
    public async Task Retail_wins_over_beta_proto_demo_sample_pirate_unlicensed_and_bios_even_from_a_later_region()
    {
        await Assert.That(Best(Defaults, "Super Mario World (USA) (Beta) (1990-10-25)", "Super Mario World - Super Mario Bros. 4 (Japan)"))
            .IsEqualTo("Super Mario World - Super Mario Bros. 4 (Japan)");
        foreach (var kind in new[] { "Beta", "Proto", "Demo", "Sample", "Pirate", "Unl" })
        {
            await Assert.That(Best(Defaults, $"Game (USA) ({kind})", "Game (Japan)")).IsEqualTo("Game (Japan)");
        }

        await Assert.That(Best(Defaults, "[BIOS] Game (USA)", "Game (Japan)")).IsEqualTo("Game (Japan)");
        await Assert.That(Best(Defaults, "Super Mario Bros. (Asia) (En) (Pirate)", "Super Mario Bros. (Europe)", "Super Mario Bros. (World)"))
            .IsEqualTo("Super Mario Bros. (World)");
    }

    [Test]
    public async Task A_kind_no_longer_avoided_ranks_by_region_again()
    {
        await Assert.That(Best(With("USA, Japan", avoid: "Proto"), "Game (USA) (Beta)", "Game (Japan)")).IsEqualTo("Game (USA) (Beta)");
    }

    [Test]
    public async Task A_verified_dump_wins_over_an_unverified_one_and_a_bad_dump_loses()
    {
        await Assert.That(Best(Defaults, "Adventure Island (U)", "Adventure Island (U) [!]")).IsEqualTo("Adventure Island (U) [!]");
        await Assert.That(Best(Defaults, "Adventure Island (U) [b1]", "Adventure Island (J)")).IsEqualTo("Adventure Island (J)");
    }

    [Test]
    public async Task Languages_break_a_tie_between_regions_of_the_same_rank()
    {
        string[] names = ["Asterix (Europe) (Fr,De)", "Asterix (Europe) (En,Fr,De)"];

        await Assert.That(Best(Defaults, names)).IsEqualTo("Asterix (Europe) (En,Fr,De)");
        await Assert.That(Best(With("Europe", "De"), "Asterix (Europe) (En)", "Asterix (Europe) (Fr,De)")).IsEqualTo("Asterix (Europe) (Fr,De)");
    }

    [Test]
    public async Task A_name_without_a_language_tag_speaks_its_region_s_language()
    {
        await Assert.That(Best(With("USA", "Fr"), "Asterix (Germany)", "Asterix (France)")).IsEqualTo("Asterix (France)");
    }

    [Test]
    public async Task Equal_variants_keep_the_parent_first_whatever_the_names_sort_order()
    {
        var ranked = VariantRanker.Rank([new GameVariant("Pac-Man (Midway)", "puckman"), new GameVariant("puckman", null)], Defaults);

        await Assert.That(ranked.Select(g => g.Name)).IsEquivalentTo(["puckman", "Pac-Man (Midway)"]);
        await Assert.That(ranked[0].Name).IsEqualTo("puckman");
    }

    [Test]
    public async Task The_ranking_does_not_depend_on_the_input_order()
    {
        string[] names = ["Tetris 2 (USA)", "Tetris 2 (USA, Europe) (SGB Enhanced)", "Tetris 2 (USA, Europe) (Rev 1) (SGB Enhanced)", "Tetris 2 (Japan) (Beta)"];

        var forward = VariantRanker.Rank(names.Select(n => new GameVariant(n, null)), Defaults).Select(g => g.Name).ToList();
        var backward = VariantRanker.Rank(names.Reverse().Select(n => new GameVariant(n, null)), Defaults).Select(g => g.Name).ToList();

        await Assert.That(forward).IsEquivalentTo(backward, TUnit.Assertions.Enums.CollectionOrdering.Matching);
        await Assert.That(forward[^1]).IsEqualTo("Tetris 2 (Japan) (Beta)");
    }

    [Test]
    public async Task Preferences_read_words_as_dat_names_write_them()
    {
        var preferences = With("U, e, Japan", "en, JA", "sample, unlicensed, bios");

        await Assert.That(preferences.Regions).IsEquivalentTo(["USA", "Europe", "Japan"], TUnit.Assertions.Enums.CollectionOrdering.Matching);
        await Assert.That(preferences.Languages).IsEquivalentTo(["En", "Ja"], TUnit.Assertions.Enums.CollectionOrdering.Matching);
        await Assert.That(preferences.Avoid).IsEquivalentTo(["Demo", "Unl", "BIOS"]);
    }

    [Test]
    public async Task Unknown_words_are_one_problem_per_setting_naming_the_word()
    {
        var problems = OneGameOneRomRules.Problems(new OneGameOneRomSettings { Regions = "USA, Narnia", Languages = "English", Avoid = "Beta, Cheap", OtherCopies = "trash" });

        await Assert.That(problems.Select(p => p.Keys[0])).IsEquivalentTo(
            ["oneGameOneRom.regions", "oneGameOneRom.languages", "oneGameOneRom.avoid", "oneGameOneRom.otherCopies"]);
        await Assert.That(problems[0].Message).Contains("'Narnia'");
        await Assert.That(OneGameOneRomRules.Problems(new OneGameOneRomSettings())).IsEmpty();
    }
}
