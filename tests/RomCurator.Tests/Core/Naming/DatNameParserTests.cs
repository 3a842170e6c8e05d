using RomCurator.Core.Naming;

namespace RomCurator.Tests.Core.Naming;

public sealed class DatNameParserTests
{
    [Test]
    public async Task No_intro_names_split_into_title_region_languages_revision_and_flags()
    {
        var info = DatNameParser.Parse("Legend of Zelda, The - A Link to the Past (Europe) (En,Fr,De) (Rev 1) (Beta)");

        await Assert.That(info.BaseTitle).IsEqualTo("Legend of Zelda, The - A Link to the Past");
        await Assert.That(info.TitleKey).IsEqualTo("the legend of zelda a link to the past".Replace("the legend", "legend"));
        await Assert.That(info.Regions).IsEqualTo("Europe");
        await Assert.That(info.Languages).IsEqualTo("En,Fr,De");
        await Assert.That(info.Revision).IsEqualTo("1");
        await Assert.That(info.Flags).IsEquivalentTo(["Beta"]);
    }

    [Test]
    public async Task The_title_key_is_computed_only_when_read_and_then_kept()
    {
        const string name = "Legend of Zelda, The - A Link to the Past (Europe) (Rev 1)";
        var info = DatNameParser.Parse(name);

        // Reading the key is where it is computed (the per-file facts of a matching pass never read it)...
        var before = GC.GetAllocatedBytesForCurrentThread();
        var key = info.TitleKey;
        var computing = GC.GetAllocatedBytesForCurrentThread() - before;
        await Assert.That(computing).IsGreaterThan(0L);
        await Assert.That(key).IsEqualTo(TitleNormalizer.Key(info.BaseTitle));

        // ... once: the second read is the same string, and whether it was read does not change what the name says.
        await Assert.That(info.TitleKey).IsSameReferenceAs(key);
        await Assert.That(DatNameParser.Parse(name)).IsEqualTo(info);
        await Assert.That(DatNameParser.Parse(name).GetHashCode()).IsEqualTo(info.GetHashCode());
    }

    [Test]
    [Arguments("Super Mario World (USA)", "Super Mario World", "USA")]
    [Arguments("Tetris (World) (Rev A)", "Tetris", "World")]
    [Arguments("Street Fighter II Turbo (USA, Europe)", "Street Fighter II Turbo", "USA, Europe")]
    [Arguments("Pokemon - Red Version (USA, Europe) (SGB Enhanced)", "Pokemon - Red Version", "USA, Europe")]
    [Arguments("Sonic the Hedgehog (U) [!]", "Sonic the Hedgehog", "USA")]
    [Arguments("Zelda (JU) [b1]", "Zelda", "USA, Japan")]
    [Arguments("Advance Wars (2001)(Nintendo)(US)", "Advance Wars", "USA")]
    [Arguments("Shenmue (Europe) (Disc 2)", "Shenmue", "Europe")]
    public async Task Regions_are_normalized(string name, string title, string regions)
    {
        var info = DatNameParser.Parse(name);

        await Assert.That(info.BaseTitle).IsEqualTo(title);
        await Assert.That(info.Regions).IsEqualTo(regions);
    }

    [Test]
    public async Task Flags_versions_and_discs_are_read()
    {
        await Assert.That(DatNameParser.Parse("Game (USA) (Proto 2)").Flags).IsEquivalentTo(["Proto"]);
        await Assert.That(DatNameParser.Parse("Game (World) (Unl) (Aftermarket)").Flags).IsEquivalentTo(["Unl", "Aftermarket"]);
        await Assert.That(DatNameParser.Parse("[BIOS] Game Boy Advance (World)").BaseTitle).IsEqualTo("[BIOS] Game Boy Advance");
        await Assert.That(DatNameParser.Parse("Game (Japan) (v1.1)").Version).IsEqualTo("1.1");
        await Assert.That(DatNameParser.Parse("Game (Japan) (Disc 3)").DiscNumber).IsEqualTo(3);
        await Assert.That(DatNameParser.Parse("Game (USA) [h1C]").Flags).IsEquivalentTo(["Hack"]);
        await Assert.That(DatNameParser.Parse("Game (USA) [!]").Flags).IsEquivalentTo(["Verified"]);
    }

    [Test]
    [Arguments("Beam 'Em Up", "Beam Em Up")]
    [Arguments("Legend of Zelda, The", "The Legend of Zelda")]
    [Arguments("Final Fantasy VI", "Final Fantasy 6")]
    [Arguments("Rock & Roll Racing", "Rock and Roll Racing")]
    [Arguments("Pokémon Stadium", "Pokemon Stadium")]
    [Arguments("Super Mario Bros. 3", "Super Mario Bros 3")]
    [Arguments("Ys I & II", "Ys 1 and 2")]
    public async Task Titles_that_differ_only_in_form_share_a_key(string a, string b)
    {
        await Assert.That(TitleNormalizer.Key(a)).IsEqualTo(TitleNormalizer.Key(b));
    }

    [Test]
    [Arguments("Mega Man X", "Mega Man 10")]
    [Arguments("Final Fantasy V", "Final Fantasy VI")]
    [Arguments("Super Mario Bros. 2", "Super Mario Bros. 3")]
    public async Task Different_titles_keep_different_keys(string a, string b)
    {
        await Assert.That(TitleNormalizer.Key(a)).IsNotEqualTo(TitleNormalizer.Key(b));
    }
}
