using System.Security.Cryptography;
using System.Text;
using RomCurator.Core.Configuration;
using RomCurator.Core.Dats.Import;
using RomCurator.Core.Diagnostics;
using RomCurator.Core.Organizer;
using RomCurator.Core.Review;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Organizer;

/// <summary>
/// Files the user accepted in review whose content is not the DAT's follow <c>organizer.unverified</c>: moved under
/// their own name into the platform's Unverified folder (default), or left where they are, with the reason. Real files,
/// a real database; dry run, apply, undo and a killed apply.
/// </summary>
public sealed class UnverifiedPlacementTests
{
    private const string Zelda = "Nintendo - Game Boy/Unverified/Japan/Zelda no Densetsu (Japan)/";

    [Test]
    public async Task An_accepted_unverified_file_is_planned_into_Unverified_under_its_own_name_applied_and_undone()
    {
        using var fixture = Library();
        var before = Snapshot(fixture);

        var waiting = Plan(fixture);
        Accept(fixture);
        var plan = Plan(fixture);
        var afterDryRun = Snapshot(fixture);
        using var connection = fixture.Open();
        var organizer = new FileOrganizerService(connection, fixture.Settings.Settings.Organizer);
        var applied = organizer.Apply((string?)null, CancellationToken.None);
        var afterApply = Snapshot(fixture);
        var rowsAfterApply = Sql.Column(connection, "SELECT relative_path FROM file_instance WHERE status = 'present' ORDER BY 1");
        var again = Plan(fixture);
        var undone = organizer.Undo(applied.RunId!.Value, CancellationToken.None);

        await Assert.That(waiting.Items.Single(i => i.From == "incoming/Zelda (Japan).gb").Reason!).Contains("review queue");
        await Assert.That(plan.Items.Select(i => $"{i.From} {i.Action} {i.To}")).IsEquivalentTo([
            "incoming/Zelda (Japan).gb move " + Zelda + "Zelda (Japan).gb",
            "incoming/alpha.gb move Nintendo - Game Boy/USA/Alpha (USA).gb",
            "packs/zelda pack.zip move " + Zelda + "zelda pack.zip",
        ]);
        await Assert.That(plan.Items.Where(i => i.To!.Contains("/Unverified/")).Select(i => i.Reason ?? "")).IsEquivalentTo(
            [OrganizerPlanner.UnverifiedNote, OrganizerPlanner.UnverifiedNote]);
        await Assert.That(plan.Items.Single(i => i.From == "incoming/alpha.gb").Reason).IsNull();
        await Assert.That(afterDryRun).IsEquivalentTo(before).Because("a dry run touches nothing");
        await Assert.That(applied.Moved).IsEqualTo(3);
        await Assert.That(afterApply.Keys.Order()).IsEquivalentTo(plan.Items.Select(i => i.To!).Order());
        await Assert.That(afterApply.Values.Order()).IsEquivalentTo(before.Values.Order());
        await Assert.That(again.Items.Select(i => i.Action).Distinct()).IsEquivalentTo([PlanActions.InPlace]);
        await Assert.That(rowsAfterApply).IsEquivalentTo(afterApply.Keys.Order().ToList());
        await Assert.That(undone.Moved).IsEqualTo(3);
        await Assert.That(Snapshot(fixture)).IsEquivalentTo(before);
        await Assert.That(Directory.Exists(Path.Combine(fixture.Library, "Nintendo - Game Boy"))).IsFalse().Because("folders left empty go");
        await Assert.That(Sql.Column(connection, "SELECT relative_path FROM file_instance WHERE status = 'present' ORDER BY 1"))
            .IsEquivalentTo(before.Keys.Order().ToList());
    }

    [Test]
    public async Task With_unverified_skip_an_accepted_file_stays_and_the_plan_says_why()
    {
        using var fixture = Library("""{ "organizer": { "unverified": "skip" } }""");
        Accept(fixture);

        var plan = Plan(fixture);

        await Assert.That(plan.Items.Single(i => i.From == "incoming/Zelda (Japan).gb").Action).IsEqualTo(PlanActions.Skip);
        await Assert.That(plan.Items.Single(i => i.From == "incoming/Zelda (Japan).gb").Reason).IsEqualTo(SkipReasons.Text(SkipReason.UnverifiedPolicy));
        await Assert.That(plan.Items.Single(i => i.From == "packs/zelda pack.zip").Reason).IsEqualTo(SkipReasons.Text(SkipReason.UnverifiedPolicy));
        await Assert.That(plan.Items.Single(i => i.From == "incoming/alpha.gb").Action).IsEqualTo(PlanActions.Move);
    }

    [Test]
    public async Task A_title_link_made_without_the_user_is_still_not_placed()
    {
        using var fixture = new ScanFixture();
        ImportGameBoy(fixture, ("Tetris (World)", Fixtures.Bytes(4096, 5)));
        fixture.Write("Tetris (World).gb", Fixtures.Bytes(4096, 3));
        fixture.AddRoot();
        fixture.Scan();

        var plan = Plan(fixture);

        await Assert.That(plan.Items.Single().Action).IsEqualTo(PlanActions.Skip);
        await Assert.That(plan.Items.Single().Reason!).Contains("not verified by hash");
    }

    [Test]
    [Arguments("organize.pending:1")]
    [Arguments("organize.moved:1")]
    [Arguments("organize.moved:2")]
    public async Task A_killed_apply_of_unverified_moves_is_settled_and_finished(string crashPoint)
    {
        using var fixture = Library();
        Accept(fixture);
        var contents = Snapshot(fixture).Values.Order().ToList();
        var expected = Plan(fixture).Items.Select(i => i.To!).Order().ToList();

        var killed = RomCuratorProcess.Run(fixture.Home, ["organize", "--apply", "--yes"], new Dictionary<string, string> { [CrashPoint.Variable] = crashPoint });
        using var connection = fixture.Open();
        var settled = new FileOrganizerService(connection, fixture.Settings.Settings.Organizer).SettleInterrupted(CancellationToken.None);
        var disk = Snapshot(fixture);
        var rows = Sql.Column(connection, "SELECT f.relative_path || '|' || r.sha1 FROM file_instance f JOIN rom_file r ON r.rom_id = f.rom_id WHERE f.status = 'present' ORDER BY 1");
        var finish = RomCuratorProcess.Run(fixture.Home, ["organize", "--apply", "--yes"]);

        await Assert.That(killed.ExitCode).IsEqualTo(137).Because(killed.Error);
        await Assert.That(settled).IsEqualTo(1);
        await Assert.That(disk.Values.Order()).IsEquivalentTo(contents).Because("every file exactly once with its content");
        await Assert.That(rows).IsEquivalentTo(disk.Select(kv => kv.Key + "|" + kv.Value).Order().ToList());
        await Assert.That(finish.ExitCode).IsEqualTo(0).Because(finish.Error);
        await Assert.That(Snapshot(fixture).Keys.Order()).IsEquivalentTo(expected);
    }

    [Test]
    [Arguments("{platform}/{region}/{title}{ext}", "P/Unverified/R/T/own.gb")]
    [Arguments("{platform}/{title}{ext}", "P/Unverified/T/own.gb")]
    [Arguments("{platform}/{letter}/{title}{ext}", "P/Unverified/A/T/own.gb")]
    [Arguments("{letter}/{base_title}/{title}{ext}", "Unverified/A/B/T/own.gb")]
    [Arguments("{region}/{platform} games/{title}{ext}", "R/P games/Unverified/T/own.gb")]
    [Arguments("{title} - {platform}{ext}", "Unverified/T/own.gb")]
    public async Task The_unverified_path_follows_the_template_folders(string template, string expected)
    {
        var values = new Dictionary<string, string>
        {
            ["platform"] = "P", ["region"] = "R", ["title"] = "T", ["base_title"] = "B", ["ext"] = ".gb", ["letter"] = "A",
        };

        await Assert.That(UnverifiedLayout.Destination(new OrganizerTemplate(template), values, "own.gb")).IsEqualTo(expected);
    }

    [Test]
    public async Task A_hostile_own_file_name_or_title_stays_one_safe_segment()
    {
        var values = new Dictionary<string, string>
        {
            ["platform"] = "P", ["region"] = "R", ["title"] = "../../etc", ["base_title"] = "B", ["ext"] = ".gb", ["letter"] = "A",
        };

        var destination = UnverifiedLayout.Destination(new OrganizerTemplate("{platform}/{title}{ext}"), values, "..");

        await Assert.That(destination.Split('/')).Count().IsEqualTo(4);
        await Assert.That(destination.Split('/').Any(s => s is "." or ".." || s.Length == 0)).IsFalse().Because(destination);
    }

    [Test]
    [Arguments("separate", true)]
    [Arguments("Skip", false)]
    [Arguments("skip", false)]
    public async Task The_setting_is_read_without_regard_to_case(string value, bool separates)
    {
        await Assert.That(OrganizerPolicies.SeparatesUnverified(new OrganizerSettings { Unverified = value })).IsEqualTo(separates);
    }

    /// <summary>
    /// A Game Boy root: one verified file, one file whose name suggests a game but whose content differs, and a zip
    /// holding another such dump of that game.
    /// </summary>
    private static ScanFixture Library(string? config = null)
    {
        var fixture = new ScanFixture(config);
        var alpha = Fixtures.Bytes(100, 1);
        ImportGameBoy(fixture, ("Alpha (USA)", alpha), ("Zelda no Densetsu (Japan)", Fixtures.Bytes(101, 2)));
        fixture.Write("incoming/alpha.gb", alpha);
        fixture.Write("incoming/Zelda (Japan).gb", Fixtures.Bytes(64, 3));
        fixture.Write("packs/zelda pack.zip", Fixtures.Zip(("Zelda (Japan) [h].gb", Fixtures.Bytes(64, 4))));
        fixture.AddRoot(platform: "gb");
        fixture.Scan();
        return fixture;
    }

    private static void Accept(ScanFixture fixture)
    {
        using var connection = fixture.Open();
        var queue = new ReviewQueue(connection);
        foreach (var item in queue.BestAtOrAbove(0))
        {
            queue.Accept(item.CandidateId);
        }
    }

    private static OrganizerPlan Plan(ScanFixture fixture, OrganizerSettings? settings = null)
    {
        using var connection = fixture.Open();
        return new OrganizerPlanner(connection, settings ?? fixture.Settings.Settings.Organizer).Plan();
    }

    private static Dictionary<string, string> Snapshot(ScanFixture fixture) =>
        Directory.EnumerateFiles(fixture.Library, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(fixture.Library, f).Replace('\\', '/'), f => Convert.ToHexStringLower(SHA1.HashData(File.ReadAllBytes(f))));

    internal static void ImportGameBoy(ScanFixture fixture, params (string Name, byte[] Content)[] games)
    {
        var dat = new StringBuilder("clrmamepro ( name \"Nintendo - Game Boy\" version \"1\" )\n");
        foreach (var (name, content) in games)
        {
            dat.Append($"game ( name \"{name}\" rom ( name \"{name}.gb\" size {content.Length} sha1 {Convert.ToHexStringLower(SHA1.HashData(content))} ) )\n");
        }

        var path = Path.Combine(fixture.Home, "gb.dat");
        File.WriteAllText(path, dat.ToString());
        using var connection = fixture.Open();
        new DatImporter(connection).Import(path, null, CancellationToken.None);
    }
}
