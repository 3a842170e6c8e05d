using System.Text.Json;
using RomCurator.Core.Diagnostics;
using RomCurator.Core.Organizer;
using RomCurator.Tests.Faults;
using RomCurator.Tests.Support;
using RomCurator.Tests.Tui.Cli;
using RomCurator.Tui.Cli;

namespace RomCurator.Tests.Core.Organizer;

/// <summary>
/// A multi-disc playlist the organizer wrote never drops out of the plan silently: once the plan no longer keeps it
/// (organizer.m3u turned off, or its discs go to another folder) it is listed for removal; the apply removes it, recorded
/// with its text, and undo writes it back. A playlist edited since it was written is the user's: it is kept.
/// </summary>
public sealed class PlaylistRemovalTests
{
    private const string Saga = "psx/Saga (USA).m3u";
    private const string Duo = "psx/Duo (USA).m3u";

    [Test]
    public async Task With_m3u_turned_off_the_playlists_it_wrote_are_removed_recorded_and_undo_writes_them_back()
    {
        using var home = new TempDirectory();
        Library(home);
        var first = CliRun.Invoke(home, "organize", "--apply", "--yes", "--json");
        CliRun.Invoke(home, "scan");
        var sagaText = File.ReadAllText(home.File("lib/" + Saga));
        var duoText = File.ReadAllText(home.File("lib/" + Duo));
        home.Write("config/romcurator/config.json", """{ "organizer": { "preset": "es-de", "m3u": "off" } }""");

        var before = OrganizeVerbTests.Snapshot(home);
        var text = CliRun.Invoke(home, "organize", "--dry-run");
        var plan = CliRun.Invoke(home, "organize", "--dry-run", "--json");
        var afterDryRun = OrganizeVerbTests.Snapshot(home);
        using var planJson = JsonDocument.Parse(plan.Output);
        var planId = planJson.RootElement.GetProperty("plan_id").GetInt64().ToString();
        var declined = CliRun.Answering(home, "n\n", "organize", "--apply", planId);
        var apply = CliRun.Invoke(home, "organize", "--apply", planId, "--yes", "--json");
        using var applied = JsonDocument.Parse(apply.Output);
        var runId = applied.RootElement.GetProperty("run_id").GetInt64();
        var sagaGone = !File.Exists(home.File("lib/" + Saga));
        var duoGone = !File.Exists(home.File("lib/" + Duo));
        long recorded;
        using (var connection = RomCurator.Core.Storage.DatabaseOpener.Open(home.File("data/romcurator/romcurator.db")))
        {
            recorded = Sql.Scalar<long>(connection, $"""
                SELECT count(*) FROM file_operation_log WHERE operation_type = 'delete' AND status = 'completed' AND log_id = {runId}
                  AND instance_id IS NULL AND content IS NOT NULL AND content_sha1 IN ('{PlaylistFiles.Sha1(sagaText)}', '{PlaylistFiles.Sha1(duoText)}')
                """);
        }

        var undo = CliRun.Invoke(home, "organize", "--undo", runId.ToString(), "--yes", "--json");
        using var undone = JsonDocument.Parse(undo.Output);
        CliRun.Invoke(home, "scan");
        var replanned = Actions(CliRun.Invoke(home, "organize", "--dry-run", "--json").Output, Saga);

        await Assert.That(first.Output).Contains("\"playlists\":2");
        await Assert.That(Actions(plan.Output, Saga)).IsEquivalentTo([PlanActions.RemovePlaylist]);
        await Assert.That(Actions(plan.Output, Duo)).IsEquivalentTo([PlanActions.RemovePlaylist]);
        await Assert.That(planJson.RootElement.GetProperty("playlists_to_remove").GetInt32()).IsEqualTo(2);
        await Assert.That(planJson.RootElement.GetProperty("moves").GetInt32()).IsEqualTo(0);
        await Assert.That(text.Output).Contains($"lib: x {Saga} (remove: ");
        await Assert.That(text.Output).Contains("  0 to move, 6 already in place, 0 conflicts, 0 skipped, 2 playlists to remove\n");
        await Assert.That(afterDryRun).IsEquivalentTo(before).Because("a dry run touches nothing");
        await Assert.That(declined.Error).Contains("and remove 2 playlists the organizer wrote (undo puts them back)");
        await Assert.That(apply.ExitCode).IsEqualTo(ExitCodes.Ok).Because(apply.Error);
        await Assert.That(applied.RootElement.GetProperty("playlists_removed").GetInt32()).IsEqualTo(2);
        await Assert.That(sagaGone && duoGone).IsTrue();
        await Assert.That(recorded).IsEqualTo(2L);
        await Assert.That(undo.ExitCode).IsEqualTo(ExitCodes.Ok).Because(undo.Error);
        await Assert.That(undone.RootElement.GetProperty("playlists_restored").GetInt32()).IsEqualTo(2);
        await Assert.That(File.ReadAllText(home.File("lib/" + Saga))).IsEqualTo(sagaText);
        await Assert.That(File.ReadAllText(home.File("lib/" + Duo))).IsEqualTo(duoText);
        await Assert.That(replanned).IsEquivalentTo([PlanActions.RemovePlaylist]).Because("written back, it is the organizer's again");
    }

    [Test]
    public async Task When_the_discs_go_to_another_folder_the_old_playlist_is_removed_and_a_new_one_written_beside_them()
    {
        using var home = new TempDirectory();
        Library(home);
        CliRun.Invoke(home, "organize", "--apply", "--yes");
        CliRun.Invoke(home, "scan");
        home.Write("config/romcurator/config.json", """{ "organizer": { "m3u": "on", "template": "{platform}/games/{title}{ext}" } }""");

        var plan = CliRun.Invoke(home, "organize", "--dry-run", "--json");
        var apply = CliRun.Invoke(home, "organize", "--apply", "--yes", "--json");
        var left = Directory.GetFiles(home.File("lib"), "*.m3u", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(home.File("lib"), path).Replace('\\', '/')).Order().ToList();
        var stale = left.Where(path => File.ReadAllLines(home.File("lib/" + path))
            .Any(disc => !File.Exists(Path.Combine(Path.GetDirectoryName(home.File("lib/" + path))!, disc)))).ToList();

        await Assert.That(Actions(plan.Output, Saga)).IsEquivalentTo([PlanActions.RemovePlaylist]);
        await Assert.That(apply.ExitCode).IsEqualTo(ExitCodes.Ok).Because(apply.Error);
        await Assert.That(left).IsNotEmpty();
        await Assert.That(left).DoesNotContain(Saga);
        await Assert.That(left).DoesNotContain(Duo);
        await Assert.That(stale).IsEmpty().Because("no playlist is left pointing at discs that moved");
    }

    [Test]
    public async Task A_playlist_edited_since_the_scan_is_kept_and_its_line_says_so()
    {
        using var home = new TempDirectory();
        Library(home);
        CliRun.Invoke(home, "organize", "--apply", "--yes");
        CliRun.Invoke(home, "scan");
        home.Write("config/romcurator/config.json", """{ "organizer": { "preset": "es-de", "m3u": "off" } }""");
        File.AppendAllText(home.File("lib/" + Saga), "Bonus.iso\n");
        var edited = File.ReadAllText(home.File("lib/" + Saga));

        var plan = CliRun.Invoke(home, "organize", "--dry-run", "--json");
        var apply = CliRun.Invoke(home, "organize", "--apply", "--yes");

        await Assert.That(Actions(plan.Output, Saga)).IsEquivalentTo([PlanActions.Skip]);
        await Assert.That(plan.Output).Contains("a multi-disc playlist the organizer wrote, changed since the last scan");
        await Assert.That(Actions(plan.Output, Duo)).IsEquivalentTo([PlanActions.RemovePlaylist]);
        await Assert.That(apply.ExitCode).IsEqualTo(ExitCodes.Ok).Because(apply.Error);
        await Assert.That(File.ReadAllText(home.File("lib/" + Saga))).IsEqualTo(edited);
        await Assert.That(File.Exists(home.File("lib/" + Duo))).IsFalse();
    }

    [Test]
    [Arguments("playlist.pending:1")]
    [Arguments("playlist.removed:1")]
    [Arguments("playlist.removed:2")]
    public async Task Killed_while_removing_playlists_the_restart_finishes_and_undo_still_writes_every_one_back(string crashPoint)
    {
        using var home = new TempDirectory();
        Library(home);
        CliRun.Invoke(home, "organize", "--apply", "--yes");
        CliRun.Invoke(home, "scan");
        var sagaText = File.ReadAllText(home.File("lib/" + Saga));
        var duoText = File.ReadAllText(home.File("lib/" + Duo));
        home.Write("config/romcurator/config.json", """{ "organizer": { "preset": "es-de", "m3u": "off" } }""");

        var killed = RomCuratorProcess.Run(home.Path, ["organize", "--apply", "--yes"], new Dictionary<string, string> { [CrashPoint.Variable] = crashPoint });
        var restart = CliRun.Invoke(home, "organize", "--apply", "--yes", "--json");
        var gone = !File.Exists(home.File("lib/" + Saga)) && !File.Exists(home.File("lib/" + Duo));
        List<long> runs;
        long pending;
        using (var connection = RomCurator.Core.Storage.DatabaseOpener.Open(home.File("data/romcurator/romcurator.db")))
        {
            runs = Sql.Column(connection, """
                SELECT DISTINCT log_id FROM file_operation_log WHERE operation_type = 'delete' AND status = 'completed' AND content IS NOT NULL
                ORDER BY log_id DESC
                """).Select(long.Parse).ToList();
            pending = Sql.Scalar<long>(connection, "SELECT count(*) FROM file_operation_log WHERE status = 'pending'");
        }

        var undos = runs.Select(run => CliRun.Invoke(home, "organize", "--undo", run.ToString(), "--yes").ExitCode).ToList();

        await Assert.That(killed.ExitCode).IsEqualTo(FaultRunner.SigKillExit);
        await Assert.That(restart.ExitCode).IsEqualTo(ExitCodes.Ok).Because(restart.Error);
        await Assert.That(gone).IsTrue();
        await Assert.That(pending).IsEqualTo(0L);
        await Assert.That(runs).IsNotEmpty();
        await Assert.That(undos.Distinct()).IsEquivalentTo([ExitCodes.Ok]);
        await Assert.That(File.ReadAllText(home.File("lib/" + Saga))).IsEqualTo(sagaText);
        await Assert.That(File.ReadAllText(home.File("lib/" + Duo))).IsEqualTo(duoText);
    }

    /// <summary>The actions of the plan's lines whose path is <paramref name="path"/>.</summary>
    private static List<string> Actions(string json, string path)
    {
        using var plan = JsonDocument.Parse(json);
        return plan.RootElement.GetProperty("items").EnumerateArray()
            .Where(item => item.GetProperty("from").GetString() == path)
            .Select(item => item.GetProperty("action").GetString()!).ToList();
    }

    /// <summary>A PlayStation DAT with two multi-disc games (three and two discs) and a single-disc one in lib/incoming, scanned; the es-de preset.</summary>
    private static void Library(TempDirectory home)
    {
        home.Write("config/romcurator/config.json", """{ "organizer": { "preset": "es-de" } }""");
        var dat = new ClrMameProDat("Sony - PlayStation", "20260101");
        string[] games = ["Saga (USA) (Disc 2)", "Saga (USA) (Disc 1)", "Saga (USA) (Disc 3)", "Solo (USA)", "Duo (USA) (Disc 1)", "Duo (USA) (Disc 2)"];
        for (var i = 0; i < games.Length; i++)
        {
            var image = Fixtures.Bytes(6144 + i, 900 + i);
            File.WriteAllBytes(home.Write($"lib/incoming/disc{i}.iso", ""), image);
            dat.Game(games[i], games[i] + ".iso", image);
        }

        home.Write("psx.dat", dat.ToString());
        CliRun.Invoke(home, "dat", "import", home.File("psx.dat"));
        CliRun.Invoke(home, "roots", "add", home.File("lib"));
        CliRun.Invoke(home, "scan");
    }
}
