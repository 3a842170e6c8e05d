using RomCurator.Core.Matching;

namespace RomCurator.Tests.Core.Matching;

/// <summary>Titles as people write them reduce to the same words (or at least the same letters) as the DAT's, and say which rules fired.</summary>
public sealed class TitleWordsTests
{
    [Test]
    [Arguments("SpaceInvaders", "Space Invaders")]
    [Arguments("OhMummy", "Oh Mummy")]
    [Arguments("Evade2", "Evade 2")]
    [Arguments("TinyPipe", "Tiny-Pipe")]
    [Arguments("GamesNGoblins", "Games'N Goblins")]
    [Arguments("Lode Runner - Levels 081 to 120", "Lode Runner Levels 81 to 120")]
    [Arguments("Legend of Zelda, The", "The Legend of Zelda")]
    [Arguments("Final Fantasy 6", "Final Fantasy VI")]
    [Arguments("Super Mario Brothers 3", "Super Mario Bros. 3")]
    [Arguments("Mario and Luigi", "Mario & Luigi")]
    [Arguments("Rock n Roll Racing", "Rock N' Roll Racing")]
    [Arguments("Dr Mario", "Doctor Mario")]
    [Arguments("tiny_pipe", "Tiny.Pipe")]
    [Arguments("Pokemon Stadium", "Pokémon Stadium")]
    [Arguments("NBAJam", "NBA Jam")]
    public async Task Both_spellings_give_the_same_words(string file, string dat)
    {
        await Assert.That(TitleWords.Normalize(file).Words).IsEquivalentTo(TitleWords.Normalize(dat).Words);
    }

    [Test]
    [Arguments("tinytris", "Tiny-Tris")]
    [Arguments("supermariobros3", "Super Mario Bros. 3")]
    [Arguments("Earthbound", "EarthBound")]
    [Arguments("Kirbys Dream Land", "Kirby's Dream Land")]
    [Arguments("StarTropics", "Star Tropics")]
    public async Task Run_together_names_give_the_same_compact_key(string file, string dat)
    {
        await Assert.That(TitleWords.Compact(TitleWords.Normalize(file).Words)).IsEqualTo(TitleWords.Compact(TitleWords.Normalize(dat).Words));
    }

    [Test]
    [Arguments("Mega Man X", "Mega Man 10")]
    [Arguments("V-Rally", "5 Rally")]
    [Arguments("Yes I Can", "Yes 1 Can")]
    [Arguments("Final Fantasy III", "Final Fantasy VI")]
    public async Task Different_titles_stay_different(string one, string other)
    {
        await Assert.That(TitleWords.Compact(TitleWords.Normalize(one).Words)).IsNotEqualTo(TitleWords.Compact(TitleWords.Normalize(other).Words));
    }

    [Test]
    public async Task The_rules_that_fired_are_named()
    {
        var (words, rules) = TitleWords.Normalize("LegendOfZelda2 - Levels 081, The");

        await Assert.That(string.Join(' ', words)).IsEqualTo("legend of zelda 2 levels 81");
        await Assert.That(rules).IsEquivalentTo([TitleWords.RuleArticle, TitleWords.RuleCamelCase, TitleWords.RuleDigits, TitleWords.RuleZeros]);
        await Assert.That(TitleWords.Normalize("Super Mario World").Rules).IsEmpty();
    }
}
