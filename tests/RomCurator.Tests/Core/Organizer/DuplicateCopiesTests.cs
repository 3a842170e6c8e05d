using System.Security.Cryptography;
using RomCurator.Core.Configuration;
using RomCurator.Core.Diagnostics;
using RomCurator.Core.Organizer;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Organizer;

/// <summary>
/// organizer.duplicates = move: every copy but one of a content, within one root, moves into the root's _duplicates
/// folder, journaled and undoable like every move; copies in other roots, inside archives and empty files stay.
/// </summary>
public sealed class DuplicateCopiesTests
{
    private const string MoveDuplicates = """{ "organizer": { "duplicates": "move" } }""";

    [Test]
    public async Task Extra_copies_in_a_root_are_planned_into_its_duplicates_folder_applied_and_undone()
    {
        using var fixture = Library(MoveDuplicates);
        var before = Snapshot(fixture.Home);

        var plan = Plan(fixture);
        var dryRun = RomCuratorProcess.Run(fixture.Home, ["organize"]);
        var afterDryRun = Snapshot(fixture.Home);
        using var connection = fixture.Open();
        var organizer = new FileOrganizerService(connection, fixture.Settings.Settings.Organizer);
        var applied = organizer.Apply((string?)null, CancellationToken.None);
        var afterApply = Snapshot(fixture.Home);
        var again = Plan(fixture);
        var undone = organizer.Undo(applied.RunId!.Value, CancellationToken.None);

        await Assert.That(plan.Items.Select(i => $"{i.Root}:{i.From} {i.Action} {i.To}")).IsEquivalentTo([
            "library:a.zip move Nintendo - Game Boy/USA/Alpha (USA).zip",
            "library:backup/notes.txt move _duplicates/backup/notes.txt",
            "library:empty1.txt skip ",
            "library:empty2.txt skip ",
            "library:incoming/alpha.gb move Nintendo - Game Boy/USA/Alpha (USA).gb",
            "library:notes.txt skip ",
            "library:old/deep/alpha copy.gb move _duplicates/old/deep/alpha copy.gb",
            "other:alpha.gb move Nintendo - Game Boy/USA/Alpha (USA).gb",
        ]);
        await Assert.That(plan.Items.Single(i => i.From == "old/deep/alpha copy.gb").Reason!).Contains("kept at 'incoming/alpha.gb'");
        await Assert.That(dryRun.Output).Contains("library: old/deep/alpha copy.gb → _duplicates/old/deep/alpha copy.gb  (duplicate: ");
        await Assert.That(afterDryRun).IsEquivalentTo(before).Because("a dry run touches nothing");
        await Assert.That(applied.Moved).IsEqualTo(5);
        await Assert.That(afterApply.Values.Order()).IsEquivalentTo(before.Values.Order()).Because("nothing is deleted");
        await Assert.That(afterApply.Keys).Contains("library/_duplicates/old/deep/alpha copy.gb");
        await Assert.That(afterApply.Keys).Contains("library/_duplicates/backup/notes.txt");
        await Assert.That(again.Moves).IsEqualTo(0);
        await Assert.That(again.Items.Single(i => i.From == "_duplicates/backup/notes.txt").Action).IsEqualTo(PlanActions.InPlace);
        await Assert.That(undone.Moved).IsEqualTo(5);
        await Assert.That(Snapshot(fixture.Home)).IsEquivalentTo(before);
        await Assert.That(Directory.Exists(Path.Combine(fixture.Library, DuplicateLayout.Folder))).IsFalse();
    }

    [Test]
    public async Task By_default_extra_copies_stay_and_a_second_copy_of_a_release_is_a_conflict_as_before()
    {
        using var fixture = Library();

        var plan = Plan(fixture);

        await Assert.That(plan.Items.Single(i => i.From == "old/deep/alpha copy.gb").Action).IsEqualTo(PlanActions.Conflict);
        await Assert.That(plan.Items.Single(i => i.From == "backup/notes.txt").Action).IsEqualTo(PlanActions.Skip);
        await Assert.That(plan.Items.Any(i => i.To?.StartsWith(DuplicateLayout.Folder, StringComparison.Ordinal) == true)).IsFalse();
    }

    [Test]
    public async Task The_copy_already_in_its_place_is_kept_even_when_another_path_is_shorter()
    {
        using var fixture = new ScanFixture(MoveDuplicates);
        var alpha = Fixtures.Bytes(100, 1);
        UnverifiedPlacementTests.ImportGameBoy(fixture, ("Alpha (USA)", alpha));
        fixture.Write("a.gb", alpha);
        fixture.Write("Nintendo - Game Boy/USA/Alpha (USA).gb", alpha);
        fixture.AddRoot();
        fixture.Scan();

        var plan = Plan(fixture);

        await Assert.That(plan.Items.Select(i => $"{i.From} {i.Action} {i.To}")).IsEquivalentTo([
            "Nintendo - Game Boy/USA/Alpha (USA).gb in_place Nintendo - Game Boy/USA/Alpha (USA).gb",
            "a.gb move _duplicates/a.gb",
        ]);
    }

    [Test]
    [Arguments("organize.pending:2")]
    [Arguments("organize.moved:2")]
    [Arguments("organize.completed:1")]
    public async Task A_killed_apply_with_duplicate_moves_is_settled_and_finished(string crashPoint)
    {
        using var fixture = Library(MoveDuplicates);
        var contents = Snapshot(fixture.Home).Values.Order().ToList();
        var expected = Plan(fixture).Items.Where(i => i.To is not null).Select(i => (i.Root == "other" ? "other/" : "library/") + i.To).Order().ToList();

        var killed = RomCuratorProcess.Run(fixture.Home, ["organize", "--apply", "--yes"], new Dictionary<string, string> { [CrashPoint.Variable] = crashPoint });
        using var connection = fixture.Open();
        new FileOrganizerService(connection, fixture.Settings.Settings.Organizer).SettleInterrupted(CancellationToken.None);
        var disk = Snapshot(fixture.Home);
        var finish = RomCuratorProcess.Run(fixture.Home, ["organize", "--apply", "--yes"]);

        await Assert.That(killed.ExitCode).IsEqualTo(137).Because(killed.Error);
        await Assert.That(disk.Values.Order()).IsEquivalentTo(contents).Because("every file exactly once with its content");
        await Assert.That(Sql.Scalar<long>(connection, "SELECT count(*) FROM file_operation_log WHERE status = 'pending'")).IsEqualTo(0L);
        await Assert.That(finish.ExitCode).IsEqualTo(0).Because(finish.Error);
        await Assert.That(Snapshot(fixture.Home).Keys.Where(k => k.Contains("/Nintendo - Game Boy/") || k.Contains("/_duplicates/")).Order())
            .IsEquivalentTo(expected);
    }

    [Test]
    [Arguments(new[] { "b/x.gb", "a.gb" }, "", "a.gb")]
    [Arguments(new[] { "zz/long/path.gb", "a.gb" }, "zz/long/path.gb", "zz/long/path.gb")]
    [Arguments(new[] { "_duplicates/a.gb", "longer/b.gb" }, "", "longer/b.gb")]
    [Arguments(new[] { "b.gb", "a.gb" }, "", "a.gb")]
    public async Task The_kept_copy_is_outside_duplicates_then_in_place_then_shortest_then_first(string[] paths, string inPlace, string kept)
    {
        await Assert.That(DuplicateLayout.Keeper(paths, _ => true, path => path == inPlace)).IsEqualTo(kept);
    }

    [Test]
    public async Task A_link_is_not_the_copy_kept_when_a_real_file_has_the_content()
    {
        await Assert.That(DuplicateLayout.Keeper(["a.gb", "real/long/b.gb"], path => path != "a.gb", path => path == "a.gb")).IsEqualTo("real/long/b.gb");
    }

    [Test]
    public async Task With_a_file_link_inside_the_root_the_real_file_is_kept_and_placed_and_the_link_never_moves()
    {
        using var fixture = new ScanFixture(MoveDuplicates);
        var alpha = Fixtures.Bytes(100, 1);
        UnverifiedPlacementTests.ImportGameBoy(fixture, ("Alpha (USA)", alpha));
        fixture.Write("incoming/deep/alpha.gb", alpha);
        File.CreateSymbolicLink(Path.Combine(fixture.Library, "a.gb"), "incoming/deep/alpha.gb");
        fixture.AddRoot();
        fixture.Scan();

        var plan = Plan(fixture);
        using var connection = fixture.Open();
        var applied = new FileOrganizerService(connection, fixture.Settings.Settings.Organizer).Apply((string?)null, CancellationToken.None);

        await Assert.That(plan.Items.Select(i => $"{i.From} {i.Action} {i.To}")).IsEquivalentTo([
            "a.gb skip ",
            "incoming/deep/alpha.gb move Nintendo - Game Boy/USA/Alpha (USA).gb",
        ]);
        await Assert.That(plan.Items.Single(i => i.From == "a.gb").Reason!).Contains("symbolic link");
        await Assert.That(applied.Moved).IsEqualTo(1);
        await Assert.That(new FileInfo(Path.Combine(fixture.Library, "a.gb")).LinkTarget).IsEqualTo("incoming/deep/alpha.gb").Because("a link is never moved");
        await Assert.That(Directory.Exists(Path.Combine(fixture.Library, DuplicateLayout.Folder))).IsFalse();
    }

    [Test]
    public async Task An_extra_copy_goes_under_duplicates_with_its_own_path_once()
    {
        await Assert.That(DuplicateLayout.Destination("old/a.gb")).IsEqualTo("_duplicates/old/a.gb");
        await Assert.That(DuplicateLayout.Destination("_duplicates/old/a.gb")).IsEqualTo("_duplicates/old/a.gb");
        await Assert.That(DuplicateLayout.Destination("_duplicatesX/a.gb")).IsEqualTo("_duplicates/_duplicatesX/a.gb");
    }

    /// <summary>
    /// Root "library": a verified dump twice (loose), once more inside a zip, a text file twice, two empty files; root
    /// "other": a third copy of the dump.
    /// </summary>
    private static ScanFixture Library(string? config = null)
    {
        var fixture = new ScanFixture(config);
        var alpha = Fixtures.Bytes(100, 1);
        UnverifiedPlacementTests.ImportGameBoy(fixture, ("Alpha (USA)", alpha));
        fixture.Write("incoming/alpha.gb", alpha);
        fixture.Write("old/deep/alpha copy.gb", alpha);
        fixture.Write("a.zip", Fixtures.Zip(("Alpha (USA).gb", alpha)));
        fixture.Write("notes.txt", "hello");
        fixture.Write("backup/notes.txt", "hello");
        fixture.Write("empty1.txt", "");
        fixture.Write("empty2.txt", "");
        var other = Path.Combine(fixture.Home, "other");
        Directory.CreateDirectory(other);
        File.WriteAllBytes(Path.Combine(other, "alpha.gb"), alpha);
        fixture.AddRoot(name: "library");
        fixture.AddRoot(other, "other");
        fixture.Scan();
        return fixture;
    }

    private static OrganizerPlan Plan(ScanFixture fixture)
    {
        using var connection = fixture.Open();
        return new OrganizerPlanner(connection, fixture.Settings.Settings.Organizer).Plan();
    }

    /// <summary>Every file of both roots (root folder/relative path → SHA-1).</summary>
    private static Dictionary<string, string> Snapshot(string home) =>
        new[] { "library", "other" }.SelectMany(root => Directory.EnumerateFiles(Path.Combine(home, root), "*", SearchOption.AllDirectories))
            .ToDictionary(f => Path.GetRelativePath(home, f).Replace('\\', '/'), f => Convert.ToHexStringLower(SHA1.HashData(File.ReadAllBytes(f))));
}
