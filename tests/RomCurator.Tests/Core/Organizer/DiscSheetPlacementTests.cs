using System.Security.Cryptography;
using System.Text;
using RomCurator.Tests.Support;
using RomCurator.Tests.Tui.Cli;
using RomCurator.Tui.Cli;

namespace RomCurator.Tests.Core.Organizer;

/// <summary>
/// A CHD whose every track is verified against one DAT game is placed even when the cue RomCurator writes for it is not
/// the DAT's text (Redump's cue often differs in spacing or names): the tracks decide, the plan line says the cue
/// differs, and a multi-disc game of such CHDs gets its playlist. A CHD with a track the DAT does not list stays skipped.
/// </summary>
public sealed class DiscSheetPlacementTests
{
    [Test]
    public async Task Chds_whose_tracks_match_but_whose_cue_differs_are_placed_with_their_playlist()
    {
        DiscSets.SkipWithoutChdman();

        using var home = new TempDirectory();
        // The DAT's cue has LF line ends, other indentation and a CATALOG line: its hash is not the generated cue's.
        Library(home, "Epic (Europe)", discs: 2, cue: text => "CATALOG 0000000000000\n" + text.Replace("\r\n", "\n").Replace("    ", "  "));

        var dryRun = CliRun.Invoke(home, "organize", "--dry-run");
        var apply = CliRun.Invoke(home, "organize", "--apply", "--yes", "--json");

        await Assert.That(dryRun.Output).Contains(CueDiffers);
        await Assert.That(dryRun.Output).DoesNotContain("the archive holds files of several releases");
        await Assert.That(apply.ExitCode).IsEqualTo(ExitCodes.Ok).Because(apply.Error);
        await Assert.That(apply.Output).Contains("\"moved\":2");
        await Assert.That(apply.Output).Contains("\"playlists\":1");
        await Assert.That(File.Exists(home.File("lib/Sony - PlayStation/Epic (Europe) (Disc 1).chd"))).IsTrue();
        await Assert.That(File.Exists(home.File("lib/Sony - PlayStation/Epic (Europe) (Disc 2).chd"))).IsTrue();
        await Assert.That(File.ReadAllText(home.File("lib/Sony - PlayStation/Epic (Europe).m3u")))
            .IsEqualTo("Epic (Europe) (Disc 1).chd\nEpic (Europe) (Disc 2).chd\n");
    }

    [Test]
    public async Task A_chd_whose_cue_names_other_files_than_the_dat_cue_is_placed()
    {
        DiscSets.SkipWithoutChdman();

        using var home = new TempDirectory();
        Library(home, "Lone (USA)", discs: 1, cue: text => text.Replace("(Track ", "(Trk "));

        var apply = CliRun.Invoke(home, "organize", "--apply", "--yes", "--json");

        await Assert.That(apply.ExitCode).IsEqualTo(ExitCodes.Ok).Because(apply.Error);
        await Assert.That(apply.Output).Contains("\"moved\":1");
        await Assert.That(File.Exists(home.File("lib/Sony - PlayStation/Lone (USA).chd"))).IsTrue();
    }

    [Test]
    public async Task A_gd_rom_chd_whose_gdi_differs_from_the_dat_gdi_is_placed()
    {
        DiscSets.SkipWithoutChdman();

        using var home = new TempDirectory();
        using var work = new TempDirectory();
        const string game = "Deep (Japan)";
        var set = DiscSets.GdSet(game);
        DiscSets.WriteAll(work, set);
        DiscSets.Chdman("createcd", "-i", work.File(game + ".gdi"), "-o", work.File(game + ".chd"));
        File.Copy(work.File(game + ".chd"), home.Write($"lib/incoming/{game}.chd", ""), overwrite: true);
        // The DAT's gdi has LF line ends: not the CRLF gdi RomCurator writes.
        var listed = set.Select(f => (Name: f.Key, Content: f.Key.EndsWith(".gdi", StringComparison.Ordinal)
            ? Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(f.Value).Replace("\r\n", "\n"))
            : f.Value));
        Import(home, new StringBuilder(Header.Replace("Sony - PlayStation", "Sega - Dreamcast")).Append(Game(game, listed)));

        var dryRun = CliRun.Invoke(home, "organize", "--dry-run");
        var apply = CliRun.Invoke(home, "organize", "--apply", "--yes", "--json");

        await Assert.That(dryRun.Output).Contains(CueDiffers);
        await Assert.That(apply.ExitCode).IsEqualTo(ExitCodes.Ok).Because(apply.Error);
        await Assert.That(apply.Output).Contains("\"moved\":1");
        await Assert.That(File.Exists(home.File($"lib/incoming/{game}.chd"))).IsFalse();
    }

    [Test]
    public async Task A_chd_with_a_track_the_dat_does_not_list_stays_skipped()
    {
        DiscSets.SkipWithoutChdman();

        using var home = new TempDirectory();
        // The DAT's cue differs and its second track is another dump: one track of the image is not verified.
        Library(home, "Odd (USA)", discs: 1, cue: text => text.Replace("\r\n", "\n"), otherSecondTrack: true);

        var dryRun = CliRun.Invoke(home, "organize", "--dry-run");
        var apply = CliRun.Invoke(home, "organize", "--apply", "--yes", "--json");

        await Assert.That(dryRun.Output).Contains("the archive holds files of several releases, or files not verified by hash");
        await Assert.That(dryRun.Output).DoesNotContain(CueDiffers);
        await Assert.That(apply.Output).Contains("\"moved\":0");
        await Assert.That(File.Exists(home.File("lib/incoming/Odd (USA).chd"))).IsTrue();
    }

    [Test]
    public async Task A_chd_holding_tracks_of_two_dat_games_stays_skipped()
    {
        DiscSets.SkipWithoutChdman();

        using var home = new TempDirectory();
        using var work = new TempDirectory();
        var set = CdSet("Pair (USA)", 40);
        DiscSets.WriteAll(work, set);
        DiscSets.Chdman("createcd", "-i", work.File("Pair (USA).cue"), "-o", work.File("Pair (USA).chd"));
        File.Copy(work.File("Pair (USA).chd"), home.Write("lib/incoming/Pair (USA).chd", ""), overwrite: true);
        // Each track is listed, but by two different games; neither game's cue is the generated one.
        var dat = new StringBuilder(Header);
        var tracks = set.Where(f => f.Key.EndsWith(".bin", StringComparison.Ordinal)).OrderBy(f => f.Key, StringComparer.Ordinal).ToList();
        dat.Append(Game("Pair (USA) (Part A)", [(tracks[0].Key, tracks[0].Value), ("Pair (USA) (Part A).cue", Encoding.UTF8.GetBytes("A\n"))]));
        dat.Append(Game("Pair (USA) (Part B)", [(tracks[1].Key, tracks[1].Value), ("Pair (USA) (Part B).cue", Encoding.UTF8.GetBytes("B\n"))]));
        Import(home, dat);

        var dryRun = CliRun.Invoke(home, "organize", "--dry-run");

        await Assert.That(dryRun.Output).Contains("the archive holds files of several releases, or files not verified by hash");
        await Assert.That(dryRun.Output).DoesNotContain(CueDiffers);
    }

    private const string CueDiffers = "every track verified by hash; the cue (gdi) RomCurator writes for it differs from the DAT's";

    private const string Header = "<?xml version=\"1.0\"?>\n<datafile><header><name>Sony - PlayStation</name><version>1</version></header>\n";

    /// <summary>
    /// A PlayStation library of CHDs made with chdman from Redump-style sets of <paramref name="title"/> (one per disc),
    /// in lib/incoming, and a DAT listing their tracks with the cue text <paramref name="cue"/> makes of the set's cue
    /// (with <paramref name="otherSecondTrack"/>, the DAT's second track is another dump), imported and scanned.
    /// </summary>
    private static void Library(TempDirectory home, string title, int discs, Func<string, string> cue, bool otherSecondTrack = false)
    {
        using var work = new TempDirectory();
        home.Write("config/romcurator/config.json", """{ "organizer": { "preset": "retroarch" } }""");
        var dat = new StringBuilder(Header);
        for (var disc = 1; disc <= discs; disc++)
        {
            var game = discs == 1 ? title : $"{title} (Disc {disc})";
            var set = CdSet(game, 10 * disc);
            DiscSets.WriteAll(work, set);
            DiscSets.Chdman("createcd", "-i", work.File(game + ".cue"), "-o", work.File(game + ".chd"));
            File.Copy(work.File(game + ".chd"), home.Write($"lib/incoming/{game}.chd", ""), overwrite: true);
            var listed = set.Select(f => (Name: f.Key, Content: f.Key.EndsWith(".cue", StringComparison.Ordinal)
                    ? Encoding.UTF8.GetBytes(cue(Encoding.UTF8.GetString(f.Value)))
                    : otherSecondTrack && f.Key.EndsWith("(Track 2).bin", StringComparison.Ordinal) ? DiscSets.AudioTrack(227, 99) : f.Value))
                .ToList();
            dat.Append(Game(game, listed));
        }

        Import(home, dat);
    }

    private static void Import(TempDirectory home, StringBuilder dat)
    {
        home.Write("psx.dat", dat.Append("</datafile>\n").ToString());
        CliRun.Invoke(home, "dat", "import", home.File("psx.dat"));
        CliRun.Invoke(home, "roots", "add", home.File("lib"));
        CliRun.Invoke(home, "scan");
    }

    private static string Game(string game, IEnumerable<(string Name, byte[] Content)> files)
    {
        var text = new StringBuilder($"<game name=\"{game}\"><category>Games</category><description>{game}</description>");
        foreach (var (name, content) in files.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            text.Append($"<rom name=\"{name}\" size=\"{content.Length}\" sha1=\"{Convert.ToHexStringLower(SHA1.HashData(content))}\"/>");
        }

        return text.Append("</game>\n").ToString();
    }

    /// <summary>A Redump-style cue/bin set: a MODE1 data track and an audio track with a pregap, drawn from <paramref name="seed"/>.</summary>
    private static Dictionary<string, byte[]> CdSet(string game, int seed)
    {
        var files = new Dictionary<string, byte[]>
        {
            [$"{game} (Track 1).bin"] = DiscSets.Mode1Track(0, 310, seed),
            [$"{game} (Track 2).bin"] = DiscSets.AudioTrack(227, seed + 1),
        };
        files[game + ".cue"] = Encoding.UTF8.GetBytes(
            $"FILE \"{game} (Track 1).bin\" BINARY\r\n  TRACK 01 MODE1/2352\r\n    INDEX 01 00:00:00\r\n" +
            $"FILE \"{game} (Track 2).bin\" BINARY\r\n  TRACK 02 AUDIO\r\n    INDEX 00 00:00:00\r\n    INDEX 01 00:02:00\r\n");
        return files;
    }
}
