using System.Text.Json;
using RomCurator.Core.Organizer;
using RomCurator.Tests.Faults;
using RomCurator.Tests.Support;
using RomCurator.Tests.Tui.Cli;
using RomCurator.Tui.Cli;

namespace RomCurator.Tests.Core.Organizer;

/// <summary>
/// organizer.m3u: the plan ends with an .m3u playlist per multi-disc game, beside its discs (disc file names, in disc
/// order, LF); the apply writes it audited and atomically, undo removes it, a user's different file at its path is never
/// overwritten, and it is on by default only with the es-de and retroarch presets.
/// </summary>
public sealed class DiscPlaylistTests
{
    private const string Playlist = "psx/Saga (USA).m3u";
    private const string Expected = "Saga (USA) (Disc 1).iso\nSaga (USA) (Disc 2).iso\nSaga (USA) (Disc 3).iso\n";

    [Test]
    public async Task The_es_de_preset_plans_writes_and_undoes_the_playlist_of_a_multi_disc_game()
    {
        using var home = new TempDirectory();
        Library(home, """{ "organizer": { "preset": "es-de" } }""");
        var before = OrganizeVerbTests.Snapshot(home);

        var dryRun = CliRun.Invoke(home, "organize", "--dry-run");
        var json = CliRun.Invoke(home, "organize", "--dry-run", "--json");
        var afterDryRun = OrganizeVerbTests.Snapshot(home);
        var apply = CliRun.Invoke(home, "organize", "--apply", "--yes", "--json");
        var written = File.ReadAllText(home.File("lib/" + Playlist));
        var leftovers = Directory.GetFiles(home.File("lib/psx"), "*.romcurator-partial");
        var again = CliRun.Invoke(home, "organize", "--dry-run", "--json");
        using var applied = JsonDocument.Parse(apply.Output);
        var runId = applied.RootElement.GetProperty("run_id").GetInt64();
        long rows;
        using (var connection = RomCurator.Core.Storage.DatabaseOpener.Open(home.File("data/romcurator/romcurator.db")))
        {
            rows = Sql.Scalar<long>(connection, $"""
                SELECT count(*) FROM file_operation_log WHERE operation_type = 'playlist' AND status = 'completed' AND log_id = {runId}
                  AND root_id IS NOT NULL AND content_sha1 = '{PlaylistFiles.Sha1(Expected)}' AND destination_path LIKE '%/lib/{Playlist}'
                """);
        }

        var undo = CliRun.Invoke(home, "organize", "--undo", runId.ToString(), "--yes");

        await Assert.That(dryRun.Output).Contains($"lib: + {Playlist} (new multi-disc playlist of 3 discs, in disc order: Saga (USA) (Disc 1).iso, Saga (USA) (Disc 2).iso, Saga (USA) (Disc 3).iso)");
        await Assert.That(dryRun.Output).Contains("1 multi-disc playlist to write");
        await Assert.That(json.Output).Contains("\"action\":\"playlist\"");
        await Assert.That(json.Output).Contains("\"playlists\":1");
        await Assert.That(afterDryRun).IsEquivalentTo(before).Because("a dry run touches nothing");
        await Assert.That(apply.ExitCode).IsEqualTo(ExitCodes.Ok).Because(apply.Error);
        await Assert.That(applied.RootElement.GetProperty("playlists").GetInt32()).IsEqualTo(1);
        await Assert.That(written).IsEqualTo(Expected);
        await Assert.That(rows).IsEqualTo(1L);
        await Assert.That(leftovers).IsEmpty();
        await Assert.That(again.Output).Contains("\"playlists\":0");
        await Assert.That(again.Output).Contains("the multi-disc playlist is already there, listing these discs");
        await Assert.That(undo.ExitCode).IsEqualTo(ExitCodes.Ok).Because(undo.Error);
        await Assert.That(undo.Output).Contains("1 multi-disc playlists removed");
        await Assert.That(OrganizeVerbTests.Snapshot(home)).IsEquivalentTo(before);
    }

    [Test]
    public async Task A_different_file_at_the_playlist_path_is_never_overwritten()
    {
        using var home = new TempDirectory();
        Library(home, """{ "organizer": { "preset": "retroarch" } }""", inPlace: true);
        var mine = home.Write("lib/Sony - PlayStation/Saga (USA).m3u", "my own order\n");

        var dryRun = CliRun.Invoke(home, "organize", "--dry-run");
        var apply = CliRun.Invoke(home, "organize", "--apply", "--yes", "--json");

        await Assert.That(dryRun.Output).Contains("a different file is already at 'Sony - PlayStation/Saga (USA).m3u' and is never overwritten; the playlist is not written");
        await Assert.That(dryRun.Output).DoesNotContain("multi-disc playlists to write");
        await Assert.That(File.ReadAllText(mine)).IsEqualTo("my own order\n");
        await Assert.That(apply.Output).Contains("\"playlists\":0");
    }

    [Test]
    public async Task A_playlist_is_never_written_through_a_linked_folder()
    {
        using var home = new TempDirectory();
        using var outside = new TempDirectory();
        Library(home, """{ "organizer": { "m3u": "on", "template": "{platform}/{title}{ext}" } }""", inPlace: true);
        // The discs' folder is now a link to a folder outside the root.
        var folder = home.File("lib/Sony - PlayStation");
        foreach (var file in Directory.GetFiles(folder))
        {
            File.Move(file, outside.File(Path.GetFileName(file)));
        }

        Directory.Delete(folder);
        Directory.CreateSymbolicLink(folder, outside.Path);

        var apply = CliRun.Invoke(home, "organize", "--apply", "--yes", "--json");

        await Assert.That(File.Exists(outside.File("Saga (USA).m3u"))).IsFalse();
        await Assert.That(Directory.GetFiles(outside.Path, "*.m3u*")).IsEmpty();
        await Assert.That(apply.Output).DoesNotContain("\"playlists\":1");
    }

    [Test]
    public async Task Without_a_playlist_preset_or_with_m3u_off_no_playlist_is_planned()
    {
        using var plain = new TempDirectory();
        Library(plain, null);
        using var off = new TempDirectory();
        Library(off, """{ "organizer": { "preset": "es-de", "m3u": "off" } }""");

        var plainPlan = CliRun.Invoke(plain, "organize", "--dry-run", "--json");
        var offPlan = CliRun.Invoke(off, "organize", "--dry-run", "--json");

        await Assert.That(plainPlan.Output).Contains("\"moves\":4");
        await Assert.That(plainPlan.Output).DoesNotContain(".m3u");
        await Assert.That(offPlan.Output).Contains("\"moves\":4");
        await Assert.That(offPlan.Output).DoesNotContain(".m3u");
    }

    [Test]
    public async Task Recovery_removes_the_temporary_file_of_an_interrupted_write_and_the_next_apply_writes_the_playlist()
    {
        using var home = new TempDirectory();
        Library(home, """{ "organizer": { "preset": "es-de" } }""");
        CliRun.Invoke(home, "organize", "--apply", "--yes");
        var playlist = home.File("lib/" + Playlist);
        File.Delete(playlist);
        // What a kill between writing the temporary file and renaming it leaves: a pending row and the temporary file.
        File.WriteAllText(PlaylistFiles.Temporary(playlist), "Saga (USA) (Disc 1).iso\nSaga");
        using (var connection = RomCurator.Core.Storage.DatabaseOpener.Open(home.File("data/romcurator/romcurator.db")))
        {
            Sql.Execute(connection, $"""
                INSERT INTO file_operation_log (operation_type, root_id, source_path, destination_path, content_sha1, initiated_by, status, log_id)
                VALUES ('playlist', (SELECT min(root_id) FROM library_root), '{PlaylistFiles.Temporary(playlist)}', '{playlist}',
                        '{PlaylistFiles.Sha1(Expected)}', 'organizer', 'pending', (SELECT max(log_id) FROM import_log))
                """);
        }

        var dryRun = CliRun.Invoke(home, "organize", "--dry-run", "--json");
        var temporaryAfterDryRun = File.Exists(PlaylistFiles.Temporary(playlist));
        var apply = CliRun.Invoke(home, "organize", "--apply", "--yes", "--json");

        await Assert.That(dryRun.Output).Contains("\"recovery_due\":1");
        await Assert.That(temporaryAfterDryRun).IsTrue().Because("a dry run touches nothing");
        await Assert.That(apply.Output).Contains("\"recovered\":1");
        await Assert.That(File.Exists(PlaylistFiles.Temporary(playlist))).IsFalse();
        await Assert.That(File.ReadAllText(playlist)).IsEqualTo(Expected);
        using var reading = RomCurator.Core.Storage.DatabaseOpener.Open(home.File("data/romcurator/romcurator.db"));
        await Assert.That(Sql.Column(reading, "SELECT status || ': ' || coalesce(message, '') FROM file_operation_log WHERE operation_type = 'playlist' ORDER BY operation_id"))
            .IsEquivalentTo(["completed: ", "failed: interrupted before the playlist was written; the next apply plans it again", "completed: "]);
    }

    [Test]
    public async Task A_playlist_of_chd_discs_lists_the_chd_files()
    {
        DiscSets.SkipWithoutChdman();

        using var home = new TempDirectory();
        using var work = new TempDirectory();
        home.Write("config/romcurator/config.json", """{ "organizer": { "preset": "retroarch" } }""");
        var dat = new System.Text.StringBuilder("<?xml version=\"1.0\"?>\n<datafile><header><name>Sony - PlayStation</name><version>1</version></header>\n");
        for (var disc = 1; disc <= 2; disc++)
        {
            var game = $"Epic (Europe) (Disc {disc})";
            var set = CdSet(game, 10 * disc);
            DiscSets.WriteAll(work, set);
            // Named as Redump names the game: the cue the CHD's tracks make is then the DAT's.
            DiscSets.Chdman("createcd", "-i", work.File(game + ".cue"), "-o", work.File(game + ".chd"));
            File.Copy(work.File(game + ".chd"), home.Write($"lib/incoming/{game}.chd", ""), overwrite: true);
            dat.Append($"<game name=\"{game}\"><category>Games</category><description>{game}</description>");
            foreach (var (name, content) in set.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                dat.Append($"<rom name=\"{name}\" size=\"{content.Length}\" sha1=\"{Convert.ToHexStringLower(System.Security.Cryptography.SHA1.HashData(content))}\"/>");
            }

            dat.Append("</game>\n");
        }

        home.Write("psx.dat", dat.Append("</datafile>\n").ToString());
        CliRun.Invoke(home, "dat", "import", home.File("psx.dat"));
        CliRun.Invoke(home, "roots", "add", home.File("lib"));
        CliRun.Invoke(home, "scan");

        var apply = CliRun.Invoke(home, "organize", "--apply", "--yes", "--json");

        await Assert.That(apply.Output).Contains("\"moved\":2");
        await Assert.That(apply.Output).Contains("\"playlists\":1");
        await Assert.That(File.ReadAllText(home.File("lib/Sony - PlayStation/Epic (Europe).m3u")))
            .IsEqualTo("Epic (Europe) (Disc 1).chd\nEpic (Europe) (Disc 2).chd\n");
    }

    /// <summary>A Redump-style cue/bin set like <see cref="DiscSets.CdSet"/>, its tracks' content drawn from <paramref name="seed"/>.</summary>
    private static Dictionary<string, byte[]> CdSet(string game, int seed)
    {
        var files = new Dictionary<string, byte[]>
        {
            [$"{game} (Track 1).bin"] = DiscSets.Mode1Track(0, 310, seed),
            [$"{game} (Track 2).bin"] = DiscSets.AudioTrack(227, seed + 1),
        };
        files[game + ".cue"] = System.Text.Encoding.UTF8.GetBytes(
            $"FILE \"{game} (Track 1).bin\" BINARY\r\n  TRACK 01 MODE1/2352\r\n    INDEX 01 00:00:00\r\n" +
            $"FILE \"{game} (Track 2).bin\" BINARY\r\n  TRACK 02 AUDIO\r\n    INDEX 00 00:00:00\r\n    INDEX 01 00:02:00\r\n");
        return files;
    }

    /// <summary>
    /// A PlayStation DAT with a three-disc game and a single-disc one, their images in lib/incoming (or, with
    /// <paramref name="inPlace"/>, already where the retroarch layout puts them), scanned.
    /// </summary>
    private static void Library(TempDirectory home, string? config, bool inPlace = false)
    {
        if (config is not null)
        {
            home.Write("config/romcurator/config.json", config);
        }

        var dat = new ClrMameProDat("Sony - PlayStation", "20260101");
        string[] games = ["Saga (USA) (Disc 2)", "Saga (USA) (Disc 1)", "Saga (USA) (Disc 3)", "Solo (USA)"];
        for (var i = 0; i < games.Length; i++)
        {
            var image = Fixtures.Bytes(6144 + i, 700 + i);
            File.WriteAllBytes(home.Write(inPlace ? $"lib/Sony - PlayStation/{games[i]}.iso" : $"lib/incoming/disc{i}.iso", ""), image);
            dat.Game(games[i], games[i] + ".iso", image);
        }

        home.Write("psx.dat", dat.ToString());
        CliRun.Invoke(home, "dat", "import", home.File("psx.dat"));
        CliRun.Invoke(home, "roots", "add", home.File("lib"));
        CliRun.Invoke(home, "scan");
    }
}
