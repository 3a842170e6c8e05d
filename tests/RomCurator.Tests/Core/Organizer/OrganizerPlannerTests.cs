using System.Security.Cryptography;
using System.Text;
using RomCurator.Core.Configuration;
using RomCurator.Core.Dats.Import;
using RomCurator.Core.Organizer;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Organizer;

public sealed class OrganizerPlannerTests
{
    [Test]
    public async Task Verified_files_are_planned_into_the_template_and_the_rest_is_skipped_with_reasons()
    {
        using var fixture = new ScanFixture();
        var a = Fixtures.Bytes(100, 1);
        var b = Fixtures.Bytes(101, 2);
        ImportGameBoy(fixture, ("Alpha (USA)", a), ("Beta (Europe)", b), ("Tetris (World)", Fixtures.Bytes(4096, 5)));
        fixture.Write("incoming/alpha.gb", a);
        fixture.Write("incoming/beta.zip", Fixtures.Zip(("Beta (Europe).gb", b)));
        fixture.Write("Tetris (World).gb", Fixtures.Bytes(4096, 3));
        fixture.Write("notes.txt", "hello");
        fixture.AddRoot();
        fixture.Scan();

        var plan = Plan(fixture);

        await Assert.That(plan.Items.Select(i => $"{i.From} {i.Action} {i.To}")).IsEquivalentTo([
            "Tetris (World).gb skip ",
            "incoming/alpha.gb move Nintendo - Game Boy/USA/Alpha (USA).gb",
            "incoming/beta.zip move Nintendo - Game Boy/Europe/Beta (Europe).zip",
            "notes.txt skip ",
        ]);
        await Assert.That(plan.Items.Single(i => i.From == "Tetris (World).gb").Reason!).Contains("not verified by hash");
        await Assert.That(plan.Items.Single(i => i.From == "notes.txt").Reason!).Contains("not linked");
        await Assert.That(Plan(fixture).Items).IsEquivalentTo(plan.Items);
    }

    [Test]
    public async Task A_skipped_file_gets_the_real_reason_not_review_it_first()
    {
        using var fixture = new ScanFixture();
        ImportGameBoy(fixture, ("Alpha (USA)", Fixtures.Bytes(100, 1)), ("Zelda no Densetsu (Japan)", Fixtures.Bytes(101, 2)));
        var broken = Fixtures.Zip(("Alpha (USA).gb", Fixtures.Bytes(100, 1)));
        fixture.Write("broken.zip", broken[..(broken.Length / 2)]);
        fixture.Write("Zelda (Japan).gb", Fixtures.Bytes(64, 3));
        fixture.Write("Mystery.gb", Fixtures.Bytes(64, 4));
        fixture.AddRoot(platform: "gb");
        fixture.Scan();

        var plan = Plan(fixture);

        await Assert.That(plan.Items.Single(i => i.From == "broken.zip").Reason!).StartsWith("the archive could not be read (");
        await Assert.That(plan.Items.Single(i => i.From == "Zelda (Japan).gb").Reason!).Contains("suggestions wait in the review queue");
        await Assert.That(plan.Items.Single(i => i.From == "Mystery.gb").Reason!).Contains("no DAT entry matches it");
        await Assert.That(plan.Items.Any(i => i.Reason?.Contains("review it first") == true)).IsFalse();
    }

    [Test]
    public async Task A_skipped_file_is_listed_under_its_roots_platform_hint_and_under_no_platform_without_one()
    {
        using var fixture = new ScanFixture();
        ImportGameBoy(fixture, ("Alpha (USA)", Fixtures.Bytes(100, 1)));
        fixture.Write("hinted/Mystery.gb", Fixtures.Bytes(64, 4));
        fixture.Write("plain/Other.gb", Fixtures.Bytes(64, 5));
        fixture.AddRoot(Path.Combine(fixture.Library, "hinted"), "hinted", platform: "gb");
        fixture.AddRoot(Path.Combine(fixture.Library, "plain"), "plain");
        fixture.Scan();

        var plan = Plan(fixture);

        await Assert.That(plan.Items.Single(i => i.From == "Mystery.gb").Platform).IsEqualTo("Nintendo - Game Boy");
        await Assert.That(plan.Items.Single(i => i.From == "Other.gb").Platform).IsEqualTo("(no platform)");
    }

    [Test]
    public async Task Hostile_titles_stay_inside_the_root_as_safe_names()
    {
        using var fixture = new ScanFixture();
        var hostile = new[]
        {
            "../../etc/passwd (USA)", "CON", "a/b\\c (USA)", new string('x', 300) + " (USA)", "Tab\tand\u0001ctl (USA)",
            "Line\nbreak (USA)", "Nul\0byte (USA)", "... (USA)", "trailing dots... (USA)", "nul.txt (USA)",
        };
        var games = hostile.Select((name, i) => (name, Fixtures.Bytes(64, 100 + i))).ToArray();
        ImportGameBoy(fixture, games);
        for (var i = 0; i < games.Length; i++)
        {
            fixture.Write($"f{i}.gb", games[i].Item2);
        }

        fixture.AddRoot();
        fixture.Scan();

        var plan = Plan(fixture);

        await Assert.That(plan.Moves).IsEqualTo(hostile.Length);
        foreach (var item in plan.Items)
        {
            var full = Path.GetFullPath(Path.Combine(fixture.Library, item.To!));
            await Assert.That(full.StartsWith(fixture.Library + "/", StringComparison.Ordinal)).IsTrue().Because(item.To!);
            await Assert.That(item.To!.Split('/').All(s => s.Length > 0 && s != "." && s != ".." && !s.Any(char.IsControl))).IsTrue().Because(item.To!);
            await Assert.That(item.To!.Split('/').All(s => Encoding.UTF8.GetByteCount(s) <= PathSanitizer.MaxSegmentBytes)).IsTrue().Because(item.To!);
            await Assert.That(item.To!.Split('/').All(s => !s.EndsWith('.') && !s.EndsWith(' '))).IsTrue().Because(item.To!);
        }

        await Assert.That(plan.Items.Any(i => i.To!.EndsWith("/_CON.gb"))).IsTrue();
        await Assert.That(plan.Items.Any(i => i.To!.Contains("etc-passwd"))).IsTrue();
    }

    [Test]
    public async Task Existing_files_and_shared_destinations_are_conflicts_never_overwrites()
    {
        using var fixture = new ScanFixture();
        var a = Fixtures.Bytes(100, 1);
        var b = Fixtures.Bytes(101, 2);
        ImportGameBoy(fixture, ("Alpha (USA)", a), ("Beta (USA)", b));
        fixture.Write("one/alpha.gb", a);
        fixture.Write("two/alpha.gb", a);
        fixture.Write("beta.gb", b);
        fixture.Write("Nintendo - Game Boy/USA/Beta (USA).gb", "someone else's file");
        fixture.AddRoot();
        fixture.Scan();

        var plan = Plan(fixture);

        await Assert.That(plan.Items.Single(i => i.From == "one/alpha.gb").Action).IsEqualTo(PlanActions.Move);
        await Assert.That(plan.Items.Single(i => i.From == "two/alpha.gb").Action).IsEqualTo(PlanActions.Conflict);
        await Assert.That(plan.Items.Single(i => i.From == "beta.gb").Action).IsEqualTo(PlanActions.Conflict);
        await Assert.That(plan.Items.Single(i => i.From == "beta.gb").Reason!).Contains("never overwritten");
    }

    [Test]
    public async Task Presets_and_tokens_shape_the_destination()
    {
        using var fixture = new ScanFixture("""{ "organizer": { "preset": "es-de" } }""");
        var a = Fixtures.Bytes(100, 1);
        ImportGameBoy(fixture, ("Alpha (USA)", a));
        fixture.Write("x.gb", a);
        fixture.AddRoot();
        fixture.Scan();

        var esde = Plan(fixture);
        using var connection = fixture.Open();
        var byLetter = new OrganizerPlanner(connection, new OrganizerSettings { Template = "{letter}/{base_title}/{title}{ext}" }).Plan();

        await Assert.That(esde.Items.Single().To).IsEqualTo("gb/Alpha (USA).gb");
        await Assert.That(byLetter.Items.Single().To).IsEqualTo("A/Alpha/Alpha (USA).gb");
        await Assert.That(() => new OrganizerTemplate("{platform}/{oops}")).Throws<ArgumentException>().WithMessageContaining("{oops}");
    }

    private static OrganizerPlan Plan(ScanFixture fixture)
    {
        using var connection = fixture.Open();
        return new OrganizerPlanner(connection, fixture.Settings.Settings.Organizer).Plan();
    }

    private static void ImportGameBoy(ScanFixture fixture, params (string Name, byte[] Content)[] games)
    {
        var dat = new StringBuilder("clrmamepro ( name \"Nintendo - Game Boy\" version \"1\" )\n");
        foreach (var (name, content) in games)
        {
            var quoted = name.Replace("\"", "'");
            dat.Append($"game ( name \"{quoted}\" rom ( name \"{quoted}.gb\" size {content.Length} sha1 {Convert.ToHexStringLower(SHA1.HashData(content))} ) )\n");
        }

        var path = Path.Combine(fixture.Home, "gb.dat");
        File.WriteAllText(path, dat.ToString());
        using var connection = fixture.Open();
        new DatImporter(connection).Import(path, null, CancellationToken.None);
    }
}
