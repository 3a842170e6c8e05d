using System.Security.Cryptography;
using RomCurator.Core.Library;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Archives.Discs;

/// <summary>
/// A scan of a folder of CHDs made from Redump-style sets matches a Redump DAT by hash, track by track (the
/// engine runs no external tool), lists the tracks as "Game.chd#Game (Track N).bin" and keeps the CHD's header.
/// </summary>
public sealed class DiscScanTests
{
    [Test]
    public async Task A_scanned_chd_matches_a_redump_dat_track_by_track()
    {
        DiscSets.SkipWithoutChdman();

        using var fixture = new ScanFixture();
        using var work = new TempDirectory();
        const string game = "Disc Game (Europe)";
        var set = DiscSets.CdSet(game);
        DiscScanSetup.WriteChd(fixture, work, game, set);
        DiscScanSetup.ImportDat(fixture, game, set);

        fixture.AddRoot();
        var summary = fixture.Scan();

        await Assert.That(summary.ArchiveMembers).IsEqualTo(4L);
        await Assert.That(summary.MatchedHash).IsEqualTo(4L);
        using var listing = fixture.Open();
        var entries = new FileListing(listing).List(null).ToList();
        var track2 = entries.Single(e => e.Path == $"psx/{game}.chd#{game} (Track 2).bin");
        await Assert.That(track2.Match).IsEqualTo("hash");
        await Assert.That(track2.DatGame).IsEqualTo(game);
        await Assert.That(track2.Sha1).IsEqualTo(Convert.ToHexStringLower(SHA1.HashData(set[$"{game} (Track 2).bin"])));
        await Assert.That(fixture.Scalar<string>("SELECT metadata_value FROM rom_file_metadata WHERE metadata_key = 'chd.tracks'")).IsEqualTo("3");
    }
}
