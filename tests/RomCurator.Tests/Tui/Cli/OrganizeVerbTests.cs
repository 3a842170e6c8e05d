using System.Security.Cryptography;
using System.Text.Json;
using RomCurator.Core.Configuration;
using RomCurator.Core.Diagnostics;
using RomCurator.Core.Scans;
using RomCurator.Core.Organizer;
using RomCurator.Core.Pipeline;
using RomCurator.Tests.Support;
using RomCurator.Tui.Cli;

namespace RomCurator.Tests.Tui.Cli;

public sealed class OrganizeVerbTests
{
    [Test]
    public async Task Dry_run_apply_again_and_undo_from_the_command_line()
    {
        using var home = new TempDirectory();
        var files = Library(home, 3);

        var dryRun = CliRun.Invoke(home, "organize");
        var before = Snapshot(home);
        var unattended = CliRun.Invoke(home, "organize", "--apply");
        var apply = CliRun.Invoke(home, "organize", "--apply", "--yes", "--json");
        var again = CliRun.Invoke(home, "organize", "--apply", "--yes", "--json");
        using var applied = JsonDocument.Parse(apply.Output);
        var runId = applied.RootElement.GetProperty("run_id").GetInt64();
        var afterApply = Snapshot(home);
        var undo = CliRun.Invoke(home, "organize", "--undo", runId.ToString(), "--yes");

        await Assert.That(dryRun.Output).Contains("incoming/g0.gb → Nintendo - Game Boy/USA/Game 0 (USA).gb");
        await Assert.That(Snapshot(home)).IsEquivalentTo(before);
        await Assert.That(unattended.ExitCode).IsEqualTo(ExitCodes.Usage);
        await Assert.That(applied.RootElement.GetProperty("moved").GetInt32()).IsEqualTo(3);
        await Assert.That(afterApply.Keys.Order()).IsEquivalentTo(files.Keys.Select(i => $"Nintendo - Game Boy/USA/Game {i} (USA).gb").Order());
        await Assert.That(again.Output).Contains("\"moved\":0");
        await Assert.That(undo.ExitCode).IsEqualTo(ExitCodes.Ok).Because(undo.Error);
        await Assert.That(Snapshot(home)).IsEquivalentTo(before);
        await Assert.That(Directory.Exists(home.File("lib/Nintendo - Game Boy"))).IsFalse();
        using var connection = RomCurator.Core.Storage.DatabaseOpener.Open(home.File("data/romcurator/romcurator.db"));
        await Assert.That(Sql.Column(connection, "SELECT relative_path FROM file_instance ORDER BY 1")).IsEquivalentTo(before.Keys.Order().ToList());
    }

    [Test]
    public async Task A_move_across_file_systems_is_copied_verified_and_only_then_removed()
    {
        using var home = new TempDirectory();
        Library(home, 2);
        // Another file system inside the root: a tmpfs mounted on the platform folder.
        using var otherFileSystem = new TmpfsMount(home.File("lib/Nintendo - Game Boy"));
        var before = Snapshot(home).Values.Order().ToList();

        var apply = CliRun.Invoke(home, "organize", "--apply", "--yes", "--json");

        await Assert.That(apply.Output).Contains("\"moved\":2");
        await Assert.That(Directory.GetFiles(otherFileSystem.Folder, "*", SearchOption.AllDirectories).Length).IsEqualTo(2);
        await Assert.That(Snapshot(home).Values.Order()).IsEquivalentTo(before);
        await Assert.That(Directory.Exists(home.File("lib/incoming"))).IsFalse().Because("a folder left empty is removed");
    }

    [Test]
    [Arguments("organize.pending:1", false)]
    [Arguments("organize.pending:3", false)]
    [Arguments("organize.moved:1", false)]
    [Arguments("organize.moved:2", false)]
    [Arguments("organize.completed:2", false)]
    [Arguments("organize.copied:1", true)]
    [Arguments("organize.moved:2", true)]
    public async Task Killed_at_any_point_every_file_exists_once_and_the_database_agrees(string crashPoint, bool acrossFileSystems)
    {
        using var home = new TempDirectory();
        var contents = Library(home, 4);
        using var otherFileSystem = acrossFileSystems ? new TmpfsMount(home.File("lib/Nintendo - Game Boy")) : null;

        var killed = RomCuratorProcess.Run(home.Path, ["organize", "--apply", "--yes"], new Dictionary<string, string> { [CrashPoint.Variable] = crashPoint });
        // What an apply, an undo or a scan does first (a dry run does not: it touches no file).
        var settled = Organizer(home).SettleInterrupted(CancellationToken.None);

        await Assert.That(killed.ExitCode).IsEqualTo(137).Because(killed.Error);
        await Assert.That(settled).IsEqualTo(crashPoint.StartsWith("organize.completed", StringComparison.Ordinal) ? 0 : 1);
        var disk = Snapshot(home);
        await Assert.That(disk.Values.Order()).IsEquivalentTo(contents.Values.Order()).Because("every file exactly once with its content");
        using var connection = RomCurator.Core.Storage.DatabaseOpener.Open(home.File("data/romcurator/romcurator.db"));
        var rows = Sql.Column(connection, "SELECT f.relative_path || '|' || r.sha1 FROM file_instance f JOIN rom_file r ON r.rom_id = f.rom_id ORDER BY 1");
        await Assert.That(rows).IsEquivalentTo(disk.Select(kv => kv.Key + "|" + kv.Value).Order().ToList());
        await Assert.That(Sql.Scalar<long>(connection, "SELECT count(*) FROM file_operation_log WHERE status = 'pending'")).IsEqualTo(0L);
        await Assert.That(Sql.Scalar<string>(connection, "PRAGMA integrity_check")).IsEqualTo("ok");

        var finish = RomCuratorProcess.Run(home.Path, ["organize", "--apply", "--yes", "--json"]);
        await Assert.That(finish.ExitCode).IsEqualTo(0).Because(finish.Error);
        await Assert.That(Snapshot(home).Keys.Order()).IsEquivalentTo(contents.Keys.Select(i => $"Nintendo - Game Boy/USA/Game {i} (USA).gb").Order());
    }

    [Test]
    public async Task A_file_moved_by_hand_to_its_planned_place_is_recorded_as_a_restore()
    {
        using var home = new TempDirectory();
        Library(home, 1);
        Directory.CreateDirectory(home.File("lib/Nintendo - Game Boy/USA"));
        File.Move(home.File("lib/incoming/g0.gb"), home.File("lib/Nintendo - Game Boy/USA/Game 0 (USA).gb"));

        var scan = CliRun.Invoke(home, "scan", "--json");

        await Assert.That(scan.ExitCode).IsEqualTo(ExitCodes.Ok);
        using var connection = RomCurator.Core.Storage.DatabaseOpener.Open(home.File("data/romcurator/romcurator.db"));
        await Assert.That(Sql.Column(connection, "SELECT relative_path || '=' || status FROM file_instance ORDER BY 1"))
            .IsEquivalentTo(["Nintendo - Game Boy/USA/Game 0 (USA).gb=present", "incoming/g0.gb=missing"]);
        await Assert.That(Sql.Scalar<string>(connection, "SELECT operation_type || '|' || status || '|' || destination_path FROM file_operation_log"))
            .IsEqualTo("restore|completed|" + home.File("lib/Nintendo - Game Boy/USA/Game 0 (USA).gb"));
    }

    [Test]
    public async Task A_killed_organizer_run_is_closed_as_interrupted_by_the_next_organize_but_a_live_one_is_not()
    {
        using var home = new TempDirectory();
        Library(home, 3);
        var killed = RomCuratorProcess.Run(home.Path, ["organize", "--apply", "--yes"], new Dictionary<string, string> { [CrashPoint.Variable] = "organize.moved:2" });
        using (var connection = RomCurator.Core.Storage.DatabaseOpener.Open(home.File("data/romcurator/romcurator.db")))
        {
            await Assert.That(Sql.Scalar<string>(connection, "SELECT status FROM import_log WHERE run_mode = 'apply'")).IsEqualTo("running");
        }

        using var paused = new PausingProgress<OrganizeProgress>(p => p.Done == 1);
        var live = Task.Run(() => Organizer(home).Apply(null, CancellationToken.None, paused));
        paused.WaitUntilPaused();
        var dryRunDuringLiveRun = CliRun.Invoke(home, "organize", "--json");
        string liveStatus;
        using (var connection = RomCurator.Core.Storage.DatabaseOpener.Open(home.File("data/romcurator/romcurator.db")))
        {
            liveStatus = Sql.Scalar<string>(connection, "SELECT status FROM import_log WHERE run_mode = 'apply' ORDER BY log_id DESC LIMIT 1");
        }

        paused.Resume();
        var report = await live;

        await Assert.That(killed.ExitCode).IsEqualTo(137);
        await Assert.That(dryRunDuringLiveRun.ExitCode).IsEqualTo(ExitCodes.Ok);
        await Assert.That(liveStatus).IsEqualTo("running").Because("a dry run cannot take the lock, so it closes nothing");
        await Assert.That(report.Status).IsEqualTo("completed");
        using var after = RomCurator.Core.Storage.DatabaseOpener.Open(home.File("data/romcurator/romcurator.db"));
        var dead = Sql.Scalar<long>(after, "SELECT min(log_id) FROM import_log WHERE run_mode = 'apply'");
        await Assert.That(Sql.Scalar<string>(after, $"SELECT status FROM import_log WHERE log_id = {dead}")).IsEqualTo("failed");
        using var notes = JsonDocument.Parse(Sql.Scalar<string>(after, $"SELECT notes FROM import_log WHERE log_id = {dead}"));
        await Assert.That(notes.RootElement.GetProperty("interrupted").GetString()).Contains($"organize --undo {dead}");
        await Assert.That(Sql.Scalar<long>(after, "SELECT count(*) FROM import_log WHERE status = 'running'")).IsEqualTo(0L);
    }

    [Test]
    public async Task Answering_no_at_the_prompt_moves_nothing_and_says_so()
    {
        using var home = new TempDirectory();
        Library(home, 2);
        var before = Snapshot(home);

        var no = CliRun.Answering(home, "n\n", "organize", "--apply");
        var afterNo = Snapshot(home);
        var yes = CliRun.Answering(home, "yes\n", "organize", "--apply");

        await Assert.That(no.ExitCode).IsEqualTo(ExitCodes.Cancelled);
        await Assert.That(no.Error).Contains("Move 2 files as planned");
        await Assert.That(no.Error).Contains("romcurator: cancelled: nothing was moved.");
        await Assert.That(no.Error).DoesNotContain("resumes");
        await Assert.That(yes.ExitCode).IsEqualTo(ExitCodes.Ok).Because(yes.Error);
        await Assert.That(yes.Output).Contains("2 moved");
        await Assert.That(OrganizerRuns(home)).IsEqualTo(1L).Because("the declined apply recorded no run");
        await Assert.That(afterNo).IsEquivalentTo(before);
    }

    [Test]
    public async Task Apply_with_nothing_to_move_says_so_without_asking_or_recording_a_run()
    {
        using var home = new TempDirectory();
        Library(home, 2);
        CliRun.Invoke(home, "organize", "--apply", "--yes");

        var text = CliRun.Invoke(home, "organize", "--apply");
        var json = CliRun.Invoke(home, "organize", "--apply", "--json");

        await Assert.That(text.ExitCode).IsEqualTo(ExitCodes.Ok).Because(text.Error);
        await Assert.That(text.Error).IsEmpty();
        await Assert.That(text.Output.Trim()).IsEqualTo("nothing to move: every curated file is already in place (2 in place, 0 conflicts, 0 skipped); no run recorded.");
        await Assert.That(text.Output).DoesNotContain("undo");
        await Assert.That(json.ExitCode).IsEqualTo(ExitCodes.Ok);
        using var report = JsonDocument.Parse(json.Output);
        await Assert.That(report.RootElement.GetProperty("run_id").ValueKind).IsEqualTo(JsonValueKind.Null);
        await Assert.That(report.RootElement.GetProperty("moved").GetInt32()).IsEqualTo(0);
        await Assert.That(report.RootElement.GetProperty("in_place").GetInt32()).IsEqualTo(2);
        await Assert.That(OrganizerRuns(home)).IsEqualTo(1L);
    }

    [Test]
    public async Task An_undo_run_does_not_suggest_undoing_it()
    {
        using var home = new TempDirectory();
        Library(home, 1);
        var apply = CliRun.Invoke(home, "organize", "--apply", "--yes");
        var runId = OrganizerRuns(home) == 1 ? LatestOrganizerRun(home) : -1;

        var undo = CliRun.Invoke(home, "organize", "--undo", runId.ToString(), "--yes");

        await Assert.That(apply.Output).Contains($"undo with: romcurator organize --undo {runId}");
        await Assert.That(undo.ExitCode).IsEqualTo(ExitCodes.Ok).Because(undo.Error);
        await Assert.That(undo.Output.Trim()).IsEqualTo($"organizer run {runId + 1} (undo) completed: 1 moved, 0 failed");
    }

    [Test]
    [Arguments(true)]
    [Arguments(false)]
    public async Task Apply_reports_the_interrupted_moves_it_settled_first(bool json)
    {
        using var home = new TempDirectory();
        Library(home, 3);
        var killed = RomCuratorProcess.Run(home.Path, ["organize", "--apply", "--yes"], new Dictionary<string, string> { [CrashPoint.Variable] = "organize.pending:2" });

        var apply = json ? CliRun.Invoke(home, "organize", "--apply", "--yes", "--json") : CliRun.Invoke(home, "organize", "--apply", "--yes");

        await Assert.That(killed.ExitCode).IsEqualTo(137);
        await Assert.That(apply.ExitCode).IsEqualTo(ExitCodes.Ok).Because(apply.Error);
        if (json)
        {
            using var report = JsonDocument.Parse(apply.Output);
            await Assert.That(report.RootElement.GetProperty("recovered").GetInt32()).IsEqualTo(1);
            await Assert.That(report.RootElement.GetProperty("moved").GetInt32()).IsEqualTo(2);
        }
        else
        {
            await Assert.That(apply.Output).Contains("2 moved, 0 failed, 1 interrupted moves settled first");
        }
    }

    [Test]
    public async Task A_scan_is_refused_while_an_organizer_run_moves_files()
    {
        using var home = new TempDirectory();
        Library(home, 2);
        using var paused = new PausingProgress<OrganizeProgress>(p => p.Done == 1);
        var apply = Task.Run(() => Organizer(home).Apply(null, CancellationToken.None, paused));
        paused.WaitUntilPaused();

        var scan = CliRun.Invoke(home, "scan");
        var again = CliRun.Invoke(home, "organize", "--apply", "--yes");
        var undo = CliRun.Invoke(home, "organize", "--undo", "1", "--yes", "--json");
        var dryRun = CliRun.Invoke(home, "organize", "--json");
        paused.Resume();
        var report = await apply;

        await Assert.That(scan.ExitCode).IsEqualTo(ExitCodes.Busy);
        await Assert.That(scan.Error.Trim()).IsEqualTo($"romcurator: an organizer run is in progress (pid {Environment.ProcessId}); try again when it has finished.");
        await Assert.That(again.ExitCode).IsEqualTo(ExitCodes.Busy);
        await Assert.That(undo.ExitCode).IsEqualTo(ExitCodes.Busy);
        await Assert.That(undo.Output).Contains("\"exit_code\":4");
        await Assert.That(dryRun.ExitCode).IsEqualTo(ExitCodes.Ok).Because("a dry run only reads");
        await Assert.That(report.Moved).IsEqualTo(2).Because("nothing settled the run's move while it was in flight");
        using var connection = RomCurator.Core.Storage.DatabaseOpener.Open(home.File("data/romcurator/romcurator.db"));
        await Assert.That(Sql.Scalar<long>(connection, "SELECT count(*) FROM import_log l JOIN metadata_source s ON s.source_id = l.source_id WHERE s.name = 'file_ingestion'"))
            .IsEqualTo(1L).Because("the refused scan recorded no run");
    }

    [Test]
    public async Task Organize_apply_is_refused_while_a_scan_runs()
    {
        using var home = new TempDirectory();
        Library(home, 2);
        File.WriteAllBytes(home.File("lib/incoming/new.gb"), Fixtures.Bytes(5000, 99));
        var settings = new SettingsLoader(Paths(home)).Load();
        using var paused = new PausingProgress<ScanProgress>(p => p.FilesProcessed >= 1);
        var scan = Task.Run(() => new IngestionJob(new ScanRequest(settings), paused).Run(CancellationToken.None));
        paused.WaitUntilPaused();

        var apply = CliRun.Invoke(home, "organize", "--apply", "--yes");
        paused.Resume();
        await scan;

        await Assert.That(apply.ExitCode).IsEqualTo(ExitCodes.Busy);
        await Assert.That(apply.Error.Trim()).IsEqualTo($"romcurator: a scan is in progress (pid {Environment.ProcessId}); try again when it has finished.");
        await Assert.That(Snapshot(home).Keys.Order()).IsEquivalentTo(["incoming/g0.gb", "incoming/g1.gb", "incoming/new.gb"]);
    }

    [Test]
    public async Task A_hand_move_records_one_restore_from_the_path_the_file_left_not_from_older_missing_paths()
    {
        using var home = new TempDirectory();
        Library(home, 1);
        Directory.CreateDirectory(home.File("lib/elsewhere"));
        File.Move(home.File("lib/incoming/g0.gb"), home.File("lib/elsewhere/g0.gb"));
        CliRun.Invoke(home, "scan");
        Directory.CreateDirectory(home.File("lib/Nintendo - Game Boy/USA"));
        File.Move(home.File("lib/elsewhere/g0.gb"), home.File("lib/Nintendo - Game Boy/USA/Game 0 (USA).gb"));

        var scan = CliRun.Invoke(home, "scan");

        await Assert.That(scan.ExitCode).IsEqualTo(ExitCodes.Ok);
        using var connection = RomCurator.Core.Storage.DatabaseOpener.Open(home.File("data/romcurator/romcurator.db"));
        await Assert.That(Sql.Column(connection, "SELECT source_path || ' -> ' || destination_path FROM file_operation_log WHERE operation_type = 'restore'"))
            .IsEquivalentTo([home.File("lib/elsewhere/g0.gb") + " -> " + home.File("lib/Nintendo - Game Boy/USA/Game 0 (USA).gb")]);
    }

    /// <summary>Builds lib/incoming/gN.gb known to a Game Boy DAT, scanned; returns N → SHA-1.</summary>
    internal static Dictionary<int, string> Library(TempDirectory home, int count)
    {
        var dat = new System.Text.StringBuilder("clrmamepro ( name \"Nintendo - Game Boy\" )\n");
        var contents = new Dictionary<int, string>();
        for (var i = 0; i < count; i++)
        {
            var rom = Fixtures.Bytes(4096 + i, 40 + i);
            File.WriteAllBytes(home.Write($"lib/incoming/g{i}.gb", ""), rom);
            var sha1 = Convert.ToHexStringLower(SHA1.HashData(rom));
            contents[i] = sha1;
            dat.Append($"game ( name \"Game {i} (USA)\" rom ( name \"Game {i} (USA).gb\" size {rom.Length} sha1 {sha1} ) )\n");
        }

        home.Write("gb.dat", dat.ToString());
        CliRun.Invoke(home, "dat", "import", home.File("gb.dat"));
        CliRun.Invoke(home, "roots", "add", home.File("lib"));
        CliRun.Invoke(home, "scan");
        return contents;
    }

    private static long OrganizerRuns(TempDirectory home)
    {
        using var connection = RomCurator.Core.Storage.DatabaseOpener.Open(home.File("data/romcurator/romcurator.db"));
        return Sql.Scalar<long>(connection, "SELECT count(*) FROM import_log l JOIN metadata_source s ON s.source_id = l.source_id WHERE s.name = 'organizer'");
    }

    private static long LatestOrganizerRun(TempDirectory home)
    {
        using var connection = RomCurator.Core.Storage.DatabaseOpener.Open(home.File("data/romcurator/romcurator.db"));
        return Sql.Scalar<long>(connection, "SELECT max(l.log_id) FROM import_log l JOIN metadata_source s ON s.source_id = l.source_id WHERE s.name = 'organizer'");
    }

    internal static FileOrganizerService Organizer(TempDirectory home)
    {
        var settings = new SettingsLoader(Paths(home)).Load();
        var connection = RomCurator.Core.Storage.DatabaseOpener.OpenAndMigrate(settings.Paths.Database);
        return new FileOrganizerService(connection, settings.Settings.Organizer);
    }

    private static AppPaths Paths(TempDirectory home) => new(name => name switch
    {
        "HOME" => home.Path,
        "XDG_DATA_HOME" => home.File("data"),
        "XDG_CONFIG_HOME" => home.File("config"),
        _ => null,
    });

    /// <summary>Every file under lib/ (relative path → SHA-1), the tmpfs mounted in it included.</summary>
    internal static Dictionary<string, string> Snapshot(TempDirectory home)
    {
        var lib = home.File("lib");
        return Directory.EnumerateFiles(lib, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .ToDictionary(f => Path.GetRelativePath(lib, f), f => Convert.ToHexStringLower(SHA1.HashData(File.ReadAllBytes(f))));
    }
}
