using System.Text;
using System.Xml.Linq;
using RomCurator.Core.Dats.Import;
using RomCurator.Core.Reports;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Reports;

/// <summary>
/// What `report` counts as missing and `report fixdat` lists: a disc game whose tracks all match (a CHD made by chdman
/// from a Redump-style set) is not missing its cue when only the cue differs; a ROM the DAT marks <c>nodump</c> can never
/// be had, so it is neither missing nor in a fixdat.
/// </summary>
public sealed class MissingEntriesTests
{
    private const string Game = "Disc Game (Europe)";

    [Test]
    public async Task A_disc_game_with_every_track_matched_is_not_missing_its_differing_cue()
    {
        DiscSets.SkipWithoutChdman();

        var set = DiscSets.CdSet(Game);
        var datFiles = new Dictionary<string, byte[]>(set)
        {
            [Game + ".cue"] = Encoding.UTF8.GetBytes("CATALOG 0000000000000\r\n" + Encoding.UTF8.GetString(set[Game + ".cue"])),
        };
        var other = DiscSets.AudioTrack(30, 77);
        using var fixture = new ScanFixture();
        using var work = new TempDirectory();
        DiscSets.WriteAll(work, set);
        DiscSets.Chdman("createcd", "-i", work.File(Game + ".cue"), "-o", work.File(Game + ".chd"));
        fixture.Write($"psx/{Game}.chd", File.ReadAllBytes(work.File(Game + ".chd")));
        Import(fixture, GameXml(Game, datFiles) + GameXml("Absent Disc (Japan)", new() { ["Absent Disc (Japan).cue"] = "FILE x"u8.ToArray(), ["Absent Disc (Japan).bin"] = other }));
        fixture.AddRoot();
        fixture.Scan();

        var (report, fixdat) = Read(fixture);

        var dat = report.Dats.Single();
        await Assert.That(dat.Roms).IsEqualTo(6L);
        await Assert.That(dat.RomsHave).IsEqualTo(4L);
        await Assert.That(dat.RomsMissing).IsEqualTo(2L);
        await Assert.That(dat.GamesComplete).IsEqualTo(1L);
        await Assert.That(dat.GamesMissing).IsEqualTo(1L);
        await Assert.That(fixdat.Games).IsEquivalentTo(["Absent Disc (Japan)"]);
        await Assert.That(fixdat.Roms).IsEquivalentTo(["Absent Disc (Japan).bin", "Absent Disc (Japan).cue"]);
    }

    [Test]
    public async Task A_disc_game_missing_a_track_still_lists_its_differing_cue_and_the_track()
    {
        DiscSets.SkipWithoutChdman();

        var set = DiscSets.CdSet(Game);
        var datFiles = new Dictionary<string, byte[]>(set)
        {
            [Game + ".cue"] = Encoding.UTF8.GetBytes("CATALOG 0000000000000\r\n" + Encoding.UTF8.GetString(set[Game + ".cue"])),
            [$"{Game} (Track 4).bin"] = DiscSets.AudioTrack(160, 9),
        };
        using var fixture = new ScanFixture();
        using var work = new TempDirectory();
        DiscSets.WriteAll(work, set);
        DiscSets.Chdman("createcd", "-i", work.File(Game + ".cue"), "-o", work.File(Game + ".chd"));
        fixture.Write($"psx/{Game}.chd", File.ReadAllBytes(work.File(Game + ".chd")));
        Import(fixture, GameXml(Game, datFiles));
        fixture.AddRoot();
        fixture.Scan();

        var (report, fixdat) = Read(fixture);

        await Assert.That(report.Dats.Single().RomsMissing).IsEqualTo(2L);
        await Assert.That(report.Dats.Single().GamesPartial).IsEqualTo(1L);
        await Assert.That(fixdat.Roms).IsEquivalentTo([Game + ".cue", $"{Game} (Track 4).bin"]);
    }

    [Test]
    public async Task A_nodump_rom_is_neither_missing_nor_in_the_fixdat()
    {
        using var fixture = new ScanFixture();
        var had = Encoding.ASCII.GetBytes("cartridge content of the had rom");
        var absent = Encoding.ASCII.GetBytes("content nobody has");
        fixture.Write("gb/Had Game (USA).gb", had);
        Import(fixture,
            GameXml("Had Game (USA)", new() { ["Had Game (USA).gb"] = had }, """<rom name="Had Game (USA).sav" size="8192" status="nodump"/>""") +
            GameXml("Never Dumped (Japan)", [], """<rom name="Never Dumped (Japan).gb" size="32768" status="nodump"/>""") +
            GameXml("Absent Game (USA)", new() { ["Absent Game (USA).gb"] = absent }, """<rom name="Absent Game (USA) (Save).bin" size="2" status="NoDump"/>"""));
        fixture.AddRoot();
        fixture.Scan();

        var (report, fixdat) = Read(fixture);

        var dat = report.Dats.Single();
        await Assert.That(dat.Roms).IsEqualTo(2L);
        await Assert.That(dat.RomsHave).IsEqualTo(1L);
        await Assert.That(dat.RomsMissing).IsEqualTo(1L);
        await Assert.That(dat.Games).IsEqualTo(2L);
        await Assert.That(dat.GamesComplete).IsEqualTo(1L);
        await Assert.That(dat.GamesMissing).IsEqualTo(1L);
        await Assert.That(fixdat.Games).IsEquivalentTo(["Absent Game (USA)"]);
        await Assert.That(fixdat.Roms).IsEquivalentTo(["Absent Game (USA).gb"]);
    }

    private static string GameXml(string name, Dictionary<string, byte[]> files, string extra = "") =>
        $"""<game name="{name}"><category>Games</category><description>{name}</description>""" +
        DatRomLines.Of(files) +
        extra + "</game>";

    private static void Import(ScanFixture fixture, string games)
    {
        var dat = Path.Combine(fixture.Home, "test.dat");
        File.WriteAllText(dat, $"""
            <?xml version="1.0"?>
            <datafile><header><name>Test Set</name><version>1</version></header>
            {games}
            </datafile>
            """, Encoding.UTF8);
        using var connection = fixture.Open();
        new DatImporter(connection).Import(dat, null, CancellationToken.None);
    }

    private static (LibraryReport Report, (List<string> Games, List<string> Roms) Fixdat) Read(ScanFixture fixture)
    {
        using var connection = fixture.Open();
        var report = new LibraryReporter(connection).Build(null);
        var output = Path.Combine(fixture.Home, "fix.dat");
        new FixDatWriter(connection).Write("Test Set", output);
        var xml = XDocument.Load(output);
        var games = xml.Root!.Elements("game").Select(g => (string)g.Attribute("name")!).ToList();
        var roms = xml.Root.Elements("game").SelectMany(g => g.Elements()).Where(e => e.Name != "description")
            .Select(e => (string)e.Attribute("name")!).ToList();
        return (report, (games, roms));
    }
}
