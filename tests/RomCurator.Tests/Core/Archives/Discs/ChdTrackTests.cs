using System.Text;
using RomCurator.Core.Archives;
using RomCurator.Tests.Support;
using static RomCurator.Tests.Support.ArchiveListings;

namespace RomCurator.Tests.Core.Archives.Discs;

/// <summary>
/// CHDs made by chdman from Redump-style sets list every split file as a member whose hashes are the original
/// file's: each track (pregap included, CHD padding and subcode not), and the cue sheet or gdi, byte for byte.
/// </summary>
public sealed class ChdTrackTests
{
    [Test]
    [Arguments("")]
    [Arguments("cdzl")]
    [Arguments("cdlz")]
    [Arguments("cdfl")]
    [Arguments("none")]
    public async Task A_cd_chd_lists_its_cue_and_tracks_with_the_original_hashes(string codecs)
    {
        DiscSets.SkipWithoutChdman();

        using var folder = new TempDirectory();
        var set = DiscSets.CdSet("Game (Europe)");
        DiscSets.WriteAll(folder, set);
        var chd = folder.File("Game (Europe).chd");
        string[] options = codecs.Length == 0 ? [] : ["-c", codecs];
        DiscSets.Chdman(["createcd", "-i", folder.File("Game (Europe).cue"), "-o", chd, .. options]);

        var listing = Enumerate(folder, chd);

        await Assert.That(listing.Kind).IsEqualTo(ArchiveKind.Chd);
        await Assert.That(listing.Problems).IsEmpty();
        await Assert.That(listing.Members.Select(m => m.PathInArchive).Order()).IsEquivalentTo(set.Keys.Order());
        foreach (var (name, content) in set)
        {
            await AssertMember(listing, name, content);
        }
    }

    [Test]
    public async Task Tracks_are_what_chdman_extractcd_writes()
    {
        DiscSets.SkipWithoutChdman();

        using var folder = new TempDirectory();
        DiscSets.WriteAll(folder, DiscSets.CdSet("G"));
        var chd = folder.File("G.chd");
        DiscSets.Chdman("createcd", "-i", folder.File("G.cue"), "-o", chd);
        DiscSets.Chdman("extractcd", "-i", chd, "-o", folder.File("out.cue"), "-ob", folder.File("out.bin"));

        var listing = Enumerate(folder, chd);

        var extracted = File.ReadAllBytes(folder.File("out.bin"));
        var tracks = listing.Members.Where(m => m.PathInArchive.EndsWith(".bin")).OrderBy(m => m.PathInArchive).ToList();
        await Assert.That(tracks.Count).IsEqualTo(3);
        await Assert.That(tracks.Sum(t => t.UncompressedSize)).IsEqualTo((long)extracted.Length);
        var offset = 0;
        foreach (var track in tracks)
        {
            var part = extracted.AsSpan(offset, (int)track.UncompressedSize).ToArray();
            await Assert.That(track.Hashes.Sha1.ToHex()).IsEqualTo(Sha1(part));
            offset += part.Length;
        }
    }

    [Test]
    [Arguments("")]
    [Arguments("cdzl")]
    public async Task A_gd_rom_chd_lists_its_gdi_and_tracks_with_the_original_hashes(string codecs)
    {
        DiscSets.SkipWithoutChdman();

        using var folder = new TempDirectory();
        var set = DiscSets.GdSet("Game (Japan)");
        DiscSets.WriteAll(folder, set);
        var chd = folder.File("Game (Japan).chd");
        string[] options = codecs.Length == 0 ? [] : ["-c", codecs];
        DiscSets.Chdman(["createcd", "-i", folder.File("Game (Japan).gdi"), "-o", chd, .. options]);

        var listing = Enumerate(folder, chd);

        await Assert.That(listing.Problems).IsEmpty();
        await Assert.That(listing.Members.Select(m => m.PathInArchive).Order()).IsEquivalentTo(set.Keys.Order());
        foreach (var (name, content) in set)
        {
            await AssertMember(listing, name, content);
        }
    }

    [Test]
    public async Task Data_sectors_whose_ecc_chdman_dropped_get_it_back()
    {
        DiscSets.SkipWithoutChdman();

        using var folder = new TempDirectory();
        DiscSets.WriteAll(folder, DiscSets.CdSet("E"));
        var chd = folder.File("E.chd");
        DiscSets.Chdman("createcd", "-i", folder.File("E.cue"), "-o", chd, "-c", "cdzl");

        using var file = File.OpenRead(chd);
        var image = RomCurator.Core.Archives.Discs.Chd.ChdImage.Open(file);
        using var reader = new RomCurator.Core.Archives.Discs.Chd.ChdHunkReader(file, image.Header, image.Map);
        var hunk = new byte[image.Header.HunkBytes];
        for (long i = 0; i < image.Header.HunkCount; i++)
        {
            reader.Read(i, hunk);
        }

        // Every one of track 1's 310 MODE1 sectors had its sync and parity dropped by chdman and regenerated here.
        await Assert.That(reader.RegeneratedFrames).IsEqualTo(310L);
    }

    [Test]
    public async Task An_iso_behind_a_mode1_2048_cue_comes_back_as_its_track()
    {
        DiscSets.SkipWithoutChdman();

        using var folder = new TempDirectory();
        var iso = DiscImageWriters.Iso(2048 * 333, 4);
        File.WriteAllBytes(folder.File("Data (USA).iso"), iso);
        var cue = "FILE \"Data (USA).iso\" BINARY\r\n  TRACK 01 MODE1/2048\r\n    INDEX 01 00:00:00\r\n";
        File.WriteAllText(folder.File("Data (USA).cue"), cue);
        var chd = folder.File("Data (USA).chd");
        DiscSets.Chdman("createcd", "-i", folder.File("Data (USA).cue"), "-o", chd);

        var listing = Enumerate(folder, chd);

        await Assert.That(listing.Problems).IsEmpty();
        await AssertMember(listing, "Data (USA).bin", iso);
        await AssertMember(listing, "Data (USA).cue", Encoding.UTF8.GetBytes(cue.Replace(".iso", ".bin")));
    }

    [Test]
    public async Task A_single_track_disc_is_named_without_a_track_number()
    {
        DiscSets.SkipWithoutChdman();

        using var folder = new TempDirectory();
        var track = DiscSets.Mode1Track(0, 203, 9);
        File.WriteAllBytes(folder.File("Solo (USA).bin"), track);
        var cue = "FILE \"Solo (USA).bin\" BINARY\r\n  TRACK 01 MODE1/2352\r\n    INDEX 01 00:00:00\r\n";
        File.WriteAllText(folder.File("Solo (USA).cue"), cue);
        var chd = folder.File("Solo (USA).chd");
        DiscSets.Chdman("createcd", "-i", folder.File("Solo (USA).cue"), "-o", chd);

        var listing = Enumerate(folder, chd);

        await Assert.That(listing.Problems).IsEmpty();
        await AssertMember(listing, "Solo (USA).bin", track);
        await AssertMember(listing, "Solo (USA).cue", Encoding.UTF8.GetBytes(cue));
    }
}
