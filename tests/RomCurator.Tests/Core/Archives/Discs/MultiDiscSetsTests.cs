using RomCurator.Core.Archives.Discs;

namespace RomCurator.Tests.Core.Archives.Discs;

/// <summary>Disc images differing only by "(Disc N)" are one game with an .m3u beside them, discs in order.</summary>
public sealed class MultiDiscSetsTests
{
    [Test]
    public async Task Discs_of_one_game_are_grouped_in_disc_order_with_a_playlist_beside_them()
    {
        var sets = MultiDiscSets.Group([
            "psx/Final Game (USA) (Disc 3).chd",
            "psx/Final Game (USA) (Disc 1).chd",
            "psx/Final Game (USA) (Disc 2).chd",
            "psx/Single Game (USA).chd",
        ]);

        var set = sets.Single();
        await Assert.That(set.Playlist).IsEqualTo("psx/Final Game (USA).m3u");
        await Assert.That(set.Discs).IsEquivalentTo(["psx/Final Game (USA) (Disc 1).chd", "psx/Final Game (USA) (Disc 2).chd", "psx/Final Game (USA) (Disc 3).chd"]);
        await Assert.That(MultiDiscSets.Playlist(set)).IsEqualTo("Final Game (USA) (Disc 1).chd\nFinal Game (USA) (Disc 2).chd\nFinal Game (USA) (Disc 3).chd\n");
    }

    [Test]
    public async Task Tags_after_the_disc_tag_stay_in_the_name_and_versions_are_not_mixed()
    {
        var sets = MultiDiscSets.Group([
            "saturn/Game (Japan) (Disc 1) (Rev 1).chd",
            "saturn/Game (Japan) (Disc 2) (Rev 1).chd",
            "saturn/Game (Japan) (Disc 1).chd",
            "saturn/Game (Japan) (Disc 2).chd",
            "other/Game (Japan) (Disc 2).chd",
        ]);

        await Assert.That(sets.Select(s => s.Playlist)).IsEquivalentTo(["saturn/Game (Japan) (Rev 1).m3u", "saturn/Game (Japan).m3u"]);
        await Assert.That(sets.Single(s => s.Playlist == "saturn/Game (Japan).m3u").Discs.Count).IsEqualTo(2);
    }

    [Test]
    public async Task A_lone_disc_or_names_without_a_disc_tag_make_no_playlist()
    {
        await Assert.That(MultiDiscSets.Group(["a/Game (Disc 1).chd", "a/Game.chd", "a/Disc Jockey (USA).chd"])).IsEmpty();
    }

    [Test]
    public async Task Disc_n_of_m_and_cd_n_are_disc_tags()
    {
        var sets = MultiDiscSets.Group(["a/Game (Disc 1 of 2).iso", "a/Game (Disc 2 of 2).iso", "b/Other (CD 1).cue", "b/Other (CD 2).cue"]);

        await Assert.That(sets.Select(s => s.Playlist)).IsEquivalentTo(["a/Game.m3u", "b/Other.m3u"]);
    }
}
