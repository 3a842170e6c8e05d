using RomCurator.Core.Naming;

namespace RomCurator.Tests.Core.Naming;

/// <summary>
/// How tags are found and read in unusual names: nested or unclosed parentheses, brackets inside tags, spacing,
/// repeated regions, mixed-case language lists, long titles. The expected values are the outputs of the
/// regex-based parser these replaced (kept byte-identical).
/// </summary>
public sealed class DatNameParserTagTests
{
    [Test]
    [Arguments("Game (USA (Beta)) (Proto)", "Game", null, "Beta,Proto")]
    [Arguments("Game [h (USA)] [b1]", "Game", null, "Hack,BadDump")]
    [Arguments("Game (USA", "Game", null, null)]
    [Arguments("Title[BIOS] (Japan)", "Title[BIOS]", "Japan", null)]
    [Arguments("Title(1998)(Sega)(JP)", "Title", "Japan", null)]
    [Arguments("Game () [] (,) (Sw-Es) (Eng)", "Game", "Sweden, Spain", null)]
    [Arguments("Ys I & II (NTSC-J)", "Ys I & II", null, null)]
    [Arguments("  Spaced Title   (  World  ) (  Beta  )", "Spaced Title", "World", "Beta")]
    public async Task Tags_are_whole_parentheses_or_brackets_after_the_title(string name, string title, string? regions, string? flags)
    {
        var info = DatNameParser.Parse(name);

        await Assert.That(info.BaseTitle).IsEqualTo(title);
        await Assert.That(info.Regions).IsEqualTo(regions);
        await Assert.That(info.FlagText).IsEqualTo(flags);
    }

    [Test]
    public async Task Every_kind_of_tag_in_one_name_is_read_in_order()
    {
        var info = DatNameParser.Parse("Yes I Can (Pt-BR) (v1.2b) (Rev A) (Disk 2 of 3) (Demo2 Kiosk, Alt1) [T+Eng] [!] [a2] [BIOS]");

        await Assert.That(info.TitleKey).IsEqualTo("yes i can");
        await Assert.That(info.Regions).IsEqualTo("Portugal, Brazil");
        await Assert.That(info.Languages).IsNull();
        await Assert.That(info.Version).IsEqualTo("1.2b");
        await Assert.That(info.Revision).IsEqualTo("A");
        await Assert.That(info.DiscNumber).IsEqualTo(2);
        await Assert.That(info.FlagText).IsEqualTo("Demo,Alt,Translation,Verified,BIOS");
    }

    [Test]
    [Arguments("Ultima, The - Quest (USA, Europe, USA) (En-GB+FR,de)", "USA, Europe", "En-gb,Fr,De")]
    [Arguments("Final Fantasy I and 4 (en+JA+zh-Hant)", null, "En,Ja,Zh-hant")]
    [Arguments("Rock (Europe-Japan) (Fr)", "Europe, Japan", "Fr")]
    public async Task Regions_are_listed_once_and_languages_capitalized(string name, string? regions, string? languages)
    {
        var info = DatNameParser.Parse(name);

        await Assert.That(info.Regions).IsEqualTo(regions);
        await Assert.That(info.Languages).IsEqualTo(languages);
    }

    [Test]
    [Arguments("Ultima, The - Quest", "ultima quest")]
    [Arguments("Rock + Roll & Racing II and III", "rock and roll and racing 2 and 3")]
    [Arguments("Final Fantasy I and 4", "final fantasy 1 and 4")]
    [Arguments("Legend, The", "legend")]
    [Arguments("The A Game", "game")]
    [Arguments("The", "the")]
    [Arguments("", "")]
    [Arguments("Pokémon Æon’s Street", "pokemon aeons street")]
    public async Task Keys_fold_articles_numerals_and_punctuation(string title, string key)
    {
        await Assert.That(TitleNormalizer.Key(title)).IsEqualTo(key);
    }

    [Test]
    public async Task A_title_of_many_words_keeps_them_all()
    {
        // Longer than the key's stack buffer and more words than its first split holds.
        var words = Enumerable.Range(1, 150).Select(i => $"Part{i}").ToList();
        var info = DatNameParser.Parse($"{string.Join(" & ", words)} VI (USA)");

        await Assert.That(info.TitleKey).IsEqualTo(string.Join(" and ", words).ToLowerInvariant() + " 6");
        await Assert.That(info.Regions).IsEqualTo("USA");
    }

    [Test]
    public async Task A_disc_number_too_large_for_a_number_is_no_disc_number()
    {
        // int.Parse threw here, and the OverflowException failed the whole DAT import.
        var info = DatNameParser.Parse("Game (Disc 99999999999) (Disc 2) (USA)");

        await Assert.That(info.DiscNumber).IsEqualTo(2);
        await Assert.That(info.Regions).IsEqualTo("USA");
        await Assert.That(DatNameParser.Parse("Game (CD 4294967297)").DiscNumber).IsNull();
    }
}
