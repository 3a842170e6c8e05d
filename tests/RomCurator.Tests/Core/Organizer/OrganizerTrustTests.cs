using System.Diagnostics;
using System.Text;
using Microsoft.Data.Sqlite;
using RomCurator.Core.Configuration;
using RomCurator.Core.Organizer;
using RomCurator.Core.Runs;
using RomCurator.Core.Storage;
using RomCurator.Tests.Faults;
using RomCurator.Tests.Support;
using RomCurator.Tests.Tui.Cli;
using RomCurator.Tui.Cli;

namespace RomCurator.Tests.Core.Organizer;

/// <summary>
/// The organizer never reaches outside its root nor through a symbolic link (checked again just before each rename),
/// its commits are durable before a file is touched, its planning is linear in the length of a title and stops when
/// cancelled.
/// </summary>
public sealed class OrganizerTrustTests
{
    [Test]
    public async Task A_folder_swapped_for_a_link_out_of_the_root_after_planning_is_not_moved_through()
    {
        using var home = new TempDirectory();
        OrganizeVerbTests.Library(home, 1);
        var outside = home.File("outside/incoming");
        Directory.CreateDirectory(home.File("outside"));
        Directory.Move(home.File("lib/incoming"), outside);
        Directory.CreateSymbolicLink(home.File("lib/incoming"), outside);
        using var connection = DatabaseOpener.OpenAndMigrate(home.File("data/romcurator/romcurator.db"));
        var (logId, order) = OnlyFileToItsPlace(connection, home);

        var result = new OrganizerExecutor(connection).Apply([order], "organizer", logId, CancellationToken.None);

        await Assert.That(result.Moved).IsEqualTo(0);
        await Assert.That(result.Failed).IsEqualTo(1);
        await Assert.That(result.Failures[0]).Contains("'incoming' is a symbolic link");
        await Assert.That(File.Exists(Path.Combine(outside, "g0.gb"))).IsTrue().Because("the file outside the root stays where it is");
        await Assert.That(new DirectoryInfo(home.File("lib/incoming")).LinkTarget).IsEqualTo(outside).Because("the link is never removed");
        await Assert.That(Directory.Exists(home.File("lib/Nintendo - Game Boy"))).IsFalse();
    }

    [Test]
    public async Task A_destination_folder_that_is_a_link_out_of_the_root_receives_nothing()
    {
        using var home = new TempDirectory();
        OrganizeVerbTests.Library(home, 1);
        var elsewhere = home.File("elsewhere");
        Directory.CreateDirectory(elsewhere);
        Directory.CreateSymbolicLink(home.File("lib/Nintendo - Game Boy"), elsewhere);
        using var connection = DatabaseOpener.OpenAndMigrate(home.File("data/romcurator/romcurator.db"));
        var (logId, order) = OnlyFileToItsPlace(connection, home);

        var result = new OrganizerExecutor(connection).Apply([order], "organizer", logId, CancellationToken.None);

        await Assert.That(result.Failed).IsEqualTo(1);
        await Assert.That(File.Exists(home.File("lib/incoming/g0.gb"))).IsTrue();
        await Assert.That(Directory.GetFileSystemEntries(elsewhere)).IsEmpty().Because("no folder and no file is created outside the root");
    }

    [Test]
    public async Task Empty_folder_cleanup_never_removes_a_link_nor_a_folder_reached_through_one()
    {
        using var home = new TempDirectory();
        var root = home.File("lib");
        Directory.CreateDirectory(home.File("outside/empty"));
        Directory.CreateDirectory(home.File("lib/real/emptied"));
        Directory.CreateSymbolicLink(home.File("lib/link"), home.File("outside"));

        EmptyFolders.Remove(home.File("lib/link/empty"), root);
        EmptyFolders.Remove(home.File("lib/link"), root);
        EmptyFolders.Remove(home.File("lib/real/emptied"), root);

        await Assert.That(Directory.Exists(home.File("outside/empty"))).IsTrue();
        await Assert.That(new DirectoryInfo(home.File("lib/link")).LinkTarget).IsNotNull();
        await Assert.That(Directory.Exists(home.File("lib/real"))).IsFalse().Because("real folders left empty still go");
        await Assert.That(Directory.Exists(root)).IsTrue();
    }

    [Test]
    public async Task Files_reached_through_a_folder_link_inside_the_root_are_skipped_with_the_reason()
    {
        using var home = new TempDirectory();
        var rom = Fixtures.Bytes(4096, 81);
        File.WriteAllBytes(home.Write("lib/.hidden/g.gb", ""), rom);
        Directory.CreateSymbolicLink(home.File("lib/view"), ".hidden");
        home.Write("gb.dat", new ClrMameProDat("Nintendo - Game Boy", "1").Game("Game (USA)", "Game (USA).gb", rom).ToString());
        CliRun.Invoke(home, "dat", "import", home.File("gb.dat"));
        CliRun.Invoke(home, "roots", "add", home.File("lib"));
        CliRun.Invoke(home, "scan");

        var plan = OrganizeVerbTests.Organizer(home).Stream().ToList();
        var apply = CliRun.Invoke(home, "organize", "--apply", "--yes");

        await Assert.That(plan.Select(p => p.From)).IsEquivalentTo(["view/g.gb"]);
        await Assert.That(plan[0].Action).IsEqualTo(PlanActions.Skip);
        await Assert.That(plan[0].Reason!).Contains("the folder 'view' is a symbolic link");
        await Assert.That(apply.ExitCode).IsEqualTo(ExitCodes.Ok).Because(apply.Error);
        await Assert.That(File.Exists(home.File("lib/.hidden/g.gb"))).IsTrue();
        await Assert.That(new DirectoryInfo(home.File("lib/view")).LinkTarget).IsEqualTo(".hidden");
    }

    [Test]
    public async Task A_root_added_by_a_link_to_its_folder_is_organized_through_its_real_path()
    {
        using var home = new TempDirectory();
        var rom = Fixtures.Bytes(4096, 82);
        File.WriteAllBytes(home.Write("real-lib/incoming/g.gb", ""), rom);
        Directory.CreateSymbolicLink(home.File("lib"), home.File("real-lib"));
        home.Write("gb.dat", new ClrMameProDat("Nintendo - Game Boy", "1").Game("Game (USA)", "Game (USA).gb", rom).ToString());
        CliRun.Invoke(home, "dat", "import", home.File("gb.dat"));
        CliRun.Invoke(home, "roots", "add", home.File("lib"));
        CliRun.Invoke(home, "scan");

        var apply = CliRun.Invoke(home, "organize", "--apply", "--yes", "--json");

        await Assert.That(apply.Output).Contains("\"moved\":1").Because(apply.Error);
        await Assert.That(File.Exists(home.File("real-lib/Nintendo - Game Boy/USA/Game (USA).gb"))).IsTrue();
        await Assert.That(Directory.Exists(home.File("real-lib/incoming"))).IsFalse().Because("the emptied folder is a real folder of the root");
        await Assert.That(new DirectoryInfo(home.File("lib")).LinkTarget).IsNotNull();
    }

    /// <summary>
    /// Every move's pending row is committed with synchronous=FULL (in WAL mode each commit fsyncs the log), read from the
    /// organizer's own connection just before each pending write; scans keep NORMAL. What this cannot prove: that the
    /// disk honours the fsync — only a real power cut on the NAS's own storage could.
    /// </summary>
    [Test]
    [Arguments(false)]
    [Arguments(true)]
    public async Task Pending_rows_are_written_with_synchronous_full_and_normal_comes_back_afterwards(bool undo)
    {
        using var home = new TempDirectory();
        OrganizeVerbTests.Library(home, 2);
        var settings = new SettingsLoader(Paths(home)).Load();
        using var connection = DatabaseOpener.OpenAndMigrate(settings.Paths.Database);
        var service = new FileOrganizerService(connection, settings.Settings.Organizer);
        var modes = new List<long>();
        var watch = new Watch(p =>
        {
            if (p.Current.Length > 0)
            {
                modes.Add(Sql.Scalar<long>(connection, "PRAGMA synchronous"));
            }
        });
        var before = Sql.Scalar<long>(connection, "PRAGMA synchronous");

        var report = service.Apply((string?)null, CancellationToken.None, undo ? null : watch);
        if (undo)
        {
            report = service.Undo(report.RunId!.Value, CancellationToken.None, watch);
        }

        await Assert.That(report.Moved).IsEqualTo(2);
        await Assert.That(before).IsEqualTo(1L).Because("connections run with synchronous=NORMAL: scans stay fast");
        await Assert.That(modes).IsEquivalentTo([2L, 2L]).Because("FULL while each pending row is written");
        await Assert.That(Sql.Scalar<long>(connection, "PRAGMA synchronous")).IsEqualTo(1L);
    }

    [Test]
    public async Task Name_truncation_is_linear_and_never_splits_a_character()
    {
        var title = new string('A', 2_000_000) + ".nes";
        // CPU time of this thread, not the wall clock: a loaded machine must not fail a linear cut.
        var (segment, cpu) = ThreadCpuClock.Measure(() => PathSanitizer.Segment(title));
        var emoji = PathSanitizer.Segment(string.Concat(Enumerable.Repeat("\U0001F600", 100_000)) + " (USA).nes");

        await Assert.That(cpu).IsLessThan(TimeSpan.FromSeconds(3)).Because("a quadratic cut took minutes for a 2 MB title");
        await Assert.That(Encoding.UTF8.GetByteCount(segment)).IsEqualTo(PathSanitizer.MaxSegmentBytes);
        await Assert.That(segment).EndsWith("A.nes");
        await Assert.That(Encoding.UTF8.GetByteCount(emoji)).IsLessThanOrEqualTo(PathSanitizer.MaxSegmentBytes);
        await Assert.That(emoji).EndsWith("\U0001F600.nes");
        await Assert.That(emoji.Any(char.IsSurrogate) && emoji.Where(char.IsHighSurrogate).Count() == emoji.Where(char.IsLowSurrogate).Count()).IsTrue();
    }

    [Test]
    public async Task Planning_a_megabyte_title_takes_well_under_a_second()
    {
        using var home = new TempDirectory();
        OrganizeVerbTests.Library(home, 3);
        using (var connection = DatabaseOpener.Open(home.File("data/romcurator/romcurator.db")))
        {
            using var update = connection.CreateCommand();
            update.CommandText = "UPDATE game_release SET release_name = $name || release_id";
            update.Parameters.AddWithValue("$name", new string('x', 1 << 20));
            update.ExecuteNonQuery();
        }

        // CPU time of this thread (planning reads and plans on the calling thread), not the wall clock.
        var (plan, cpu) = ThreadCpuClock.Measure(() => OrganizeVerbTests.Organizer(home).Stream().ToList());

        await Assert.That(cpu).IsLessThan(TimeSpan.FromSeconds(3));
        await Assert.That(plan.Count(p => p.Action == PlanActions.Move)).IsEqualTo(1).Because("three titles cut to one 200-byte name: one moves, two conflict");
        await Assert.That(plan.Count(p => p.Action == PlanActions.Conflict)).IsEqualTo(2);
    }

    [Test]
    public async Task A_cancelled_plan_stops_and_the_verb_exits_3_without_moving_anything()
    {
        using var home = new TempDirectory();
        OrganizeVerbTests.Library(home, 2);
        var before = OrganizeVerbTests.Snapshot(home);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var dryRun = Invoke(home, cancelled.Token, "organize", "--json");
        var apply = Invoke(home, cancelled.Token, "organize", "--apply", "--yes");
        var dryRunText = Invoke(home, cancelled.Token, "organize");

        await Assert.That(dryRun).IsEqualTo(ExitCodes.Cancelled);
        await Assert.That(apply).IsEqualTo(ExitCodes.Cancelled);
        await Assert.That(dryRunText).IsEqualTo(ExitCodes.Cancelled);
        await Assert.That(OrganizeVerbTests.Snapshot(home)).IsEquivalentTo(before);
    }

    private static int Invoke(TempDirectory home, CancellationToken cancellation, params string[] args) =>
        new CliApp(Paths(home), new StringWriter(), new StringWriter()).Run(args, cancellation);

    private static AppPaths Paths(TempDirectory home) => new(name => name switch
    {
        "HOME" => home.Path,
        "XDG_DATA_HOME" => home.File("data"),
        "XDG_CONFIG_HOME" => home.File("config"),
        _ => null,
    });

    private sealed class Watch(Action<OrganizeProgress> seen) : IProgress<OrganizeProgress>
    {
        public void Report(OrganizeProgress value) => seen(value);
    }

    /// <summary>An organizer run and the move of the library's only file (incoming/g0.gb) to where the template puts it.</summary>
    private static (long LogId, MoveOrder Order) OnlyFileToItsPlace(SqliteConnection connection, TempDirectory home)
    {
        var (instance, rom, sha1) = (Sql.Scalar<long>(connection, "SELECT instance_id FROM file_instance"),
            Sql.Scalar<long>(connection, "SELECT rom_id FROM file_instance"), Sql.Scalar<string>(connection, "SELECT sha1 FROM rom_file"));
        var logId = new ImportRunStore(connection).Start(FileOrganizerService.SourceName, "apply");
        return (logId, new MoveOrder(instance, rom, sha1, home.File("lib"), "incoming/g0.gb", "Nintendo - Game Boy/USA/Game 0 (USA).gb"));
    }
}
