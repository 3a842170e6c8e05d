using RomCurator.Core.Matching;

namespace RomCurator.Tests.Core.Matching;

/// <summary>Real-world style file names against DAT game names: which must reach the 0.85 review threshold and which must not.</summary>
public sealed class TitleScorerTests
{
    private const double Review = 0.85;

    [Test]
    [Arguments("Super Mario World (USA).sfc", "Super Mario World (USA)")]
    [Arguments("Beam Em Up (USA).nes", "Beam 'Em Up (USA)")]
    [Arguments("The Legend of Zelda - A Link to the Past (USA).sfc", "Legend of Zelda, The - A Link to the Past (USA)")]
    [Arguments("Final Fantasy 6 (Japan).sfc", "Final Fantasy VI (Japan)")]
    [Arguments("Rock and Roll Racing (USA).sfc", "Rock n' Roll Racing (USA)")]
    [Arguments("Pokemon Stadium (USA).z64", "Pokémon Stadium (USA)")]
    [Arguments("Super Mario Bros 3 (USA).nes", "Super Mario Bros. 3 (USA)")]
    [Arguments("Street Fighter II Turbo (U) [!].smc", "Street Fighter II Turbo (USA)")]
    [Arguments("Sonic The Hedgehog (USA, Europe).md", "Sonic the Hedgehog (USA, Europe)")]
    [Arguments("Zelda no Densetsu - Kamigami no Triforce (J).sfc", "Zelda no Densetsu - Kamigami no Triforce (Japan)")]
    [Arguments("Metroid (Europe) (Rev 1).nes", "Metroid (Europe) (Rev A)")]
    [Arguments("Tetris (World).gb", "Tetris (World) (Rev 1)")]
    [Arguments("Castlevania - Symphony of the Night (USA) (Disc 1).bin", "Castlevania - Symphony of the Night (USA)")]
    [Arguments("Donkey Kong Country 2 - Diddy's Kong Quest (USA).sfc", "Donkey Kong Country 2 - Diddy's Kong Quest (USA) (Rev 1)")]
    [Arguments("Mario & Luigi - Superstar Saga (USA).gba", "Mario & Luigi - Superstar Saga (USA)")]
    [Arguments("Kirbys Dream Land (USA, Europe).gb", "Kirby's Dream Land (USA, Europe)")]
    [Arguments("Earthbound (USA).sfc", "EarthBound (USA)")]
    [Arguments("Chrono Trigger (U) [!].smc", "Chrono Trigger (USA)")]
    [Arguments("Super Metroid (JU) [!].smc", "Super Metroid (Japan, USA) (En,Ja)")]
    [Arguments("Mega Man X (USA).sfc", "Mega Man X (USA)")]
    [Arguments("Contra III - The Alien Wars (USA).sfc", "Contra III - The Alien Wars (USA)")]
    [Arguments("F-Zero (USA).sfc", "F-Zero (USA)")]
    [Arguments("Shenmue (Europe) (Disc 2).cdi", "Shenmue (Europe) (Disc 2)")]
    [Arguments("Super Mario Bros (USA).nes", "Super Mario Bros. (USA) (Beta)")]
    [Arguments("Tetris (World).gb", "Tetris (World) (Proto)")]
    [Arguments("Ys I & II (Japan).pce", "Ys I & II (Japan)")]
    [Arguments("final_fantasy_tactics_advance_(usa).gba", "Final Fantasy Tactics Advance (USA)")]
    public async Task Same_game_scores_at_least_the_review_threshold(string file, string dat)
    {
        var (score, reason) = TitleScorer.Score(TitleFacts.FromFileName(file), TitleFacts.From(dat));

        await Assert.That(score).IsGreaterThanOrEqualTo(Review).Because(reason);
    }

    [Test]
    [Arguments("Yoshi's Island (USA).sfc", "Super Mario World 2 - Yoshi's Island (USA)")]
    [Arguments("Pokemon Red (USA).gb", "Pokemon - Red Version (USA, Europe)")]
    [Arguments("Final Fantasy III (Japan).nes", "Final Fantasy VI (Japan)")]
    [Arguments("Mega Man X (USA).sfc", "Mega Man 10 (USA)")]
    [Arguments("Super Mario Bros 2 (USA).nes", "Super Mario Bros. 3 (USA)")]
    [Arguments("Street Fighter II (USA).sfc", "Street Fighter Alpha 2 (USA)")]
    [Arguments("Tetris (World).gb", "Tetris 2 (USA, Europe)")]
    [Arguments("Zelda II - The Adventure of Link (USA).nes", "Legend of Zelda, The (USA)")]
    [Arguments("Doom (USA).sfc", "Doom Troopers (USA)")]
    [Arguments("Sonic the Hedgehog (USA).md", "Sonic the Hedgehog 2 (World)")]
    [Arguments("Super Mario World (USA).sfc", "Super Mario World (Japan)")]
    [Arguments("Mario Kart 64 (USA).z64", "Mario Kart - Super Circuit (USA)")]
    [Arguments("Metroid Prime (USA).iso", "Metroid Fusion (USA)")]
    [Arguments("Kirby's Adventure (USA).nes", "Kirby's Dream Land (USA)")]
    [Arguments("Pac-Man (USA).nes", "Ms. Pac-Man (USA)")]
    [Arguments("Contra (USA).nes", "Contra III - The Alien Wars (USA)")]
    [Arguments("Castlevania (USA).nes", "Castlevania - Bloodlines (USA)")]
    [Arguments("Mario Paint (USA).sfc", "Mario Party (USA)")]
    [Arguments("Zelda (Japan).nes", "Zelda no Densetsu (Japan)")]
    [Arguments("Final Fantasy (USA).nes", "Final Fantasy II (USA)")]
    [Arguments("Donkey Kong (World).nes", "Donkey Kong Jr. (World)")]
    [Arguments("Star Fox (USA).sfc", "Star Fox 64 (USA)")]
    [Arguments("Resident Evil 2 (USA) (Disc 1).bin", "Resident Evil 3 - Nemesis (USA)")]
    [Arguments("Golden Axe (Europe).md", "Golden Axe II (World)")]
    [Arguments("Tennis (Japan, USA).nes", "Mario Tennis (USA)")]
    public async Task Different_games_stay_below_the_review_threshold(string file, string dat)
    {
        var (score, reason) = TitleScorer.Score(TitleFacts.FromFileName(file), TitleFacts.From(dat));

        await Assert.That(score).IsLessThan(Review).Because(reason);
    }

    [Test]
    public async Task An_exact_title_with_the_same_region_is_certain_and_a_regionless_one_shared_by_releases_is_not()
    {
        var exact = TitleScorer.Score(TitleFacts.FromFileName("Super Mario World (USA).sfc"), TitleFacts.From("Super Mario World (USA)"));
        var ambiguous = TitleScorer.Score(TitleFacts.FromFileName("Super Mario World.sfc"), TitleFacts.From("Super Mario World (USA)"), keyIsAmbiguous: true);

        await Assert.That(exact.Score).IsEqualTo(1.0);
        await Assert.That(ambiguous.Score).IsGreaterThanOrEqualTo(Review);
        await Assert.That(ambiguous.Score).IsLessThan(0.95);
        await Assert.That(ambiguous.Reason).Contains("no region");
    }
}
