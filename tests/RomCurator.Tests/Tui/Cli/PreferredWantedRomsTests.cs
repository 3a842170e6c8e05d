using System.Text;
using System.Text.Json;
using RomCurator.Tests.Support;
using RomCurator.Tui.Cli;

namespace RomCurator.Tests.Tui.Cli;

/// <summary>
/// `report --1g1r` judges a game by the ROMs `report` and `fixdat` judge it by (one rule): a <c>nodump</c> ROM is never
/// missing, and a disc game whose tracks are all had counts as had when only its cue sheet differs.
/// </summary>
public sealed class PreferredWantedRomsTests
{
    [Test]
    public async Task A_game_with_a_nodump_rom_or_a_differing_cue_counts_as_had_in_1g1r_as_in_the_report()
    {
        using var home = new TempDirectory();
        var alpha = Fixtures.Bytes(4096, 11);
        var track1 = Fixtures.Bytes(2352 * 4, 12);
        var track2 = Fixtures.Bytes(2352 * 3, 13);
        var cue = Encoding.UTF8.GetBytes("FILE \"Beta (USA) (Track 1).bin\" BINARY\r\n  TRACK 01 MODE1/2352\r\n    INDEX 01 00:00:00\r\n" +
                                         "FILE \"Beta (USA) (Track 2).bin\" BINARY\r\n  TRACK 02 AUDIO\r\n    INDEX 01 00:00:00\r\n");
        var gamma = Fixtures.Bytes(4096, 14);
        home.Write("test.dat", $"""
            <?xml version="1.0"?>
            <datafile><header><name>Sony - PlayStation</name><version>1</version></header>
            <game name="Alpha (USA)"><description>Alpha (USA)</description>{Rom("Alpha (USA).bin", alpha)}<rom name="Alpha (USA).sav" size="8192" status="nodump"/></game>
            <game name="Beta (USA)"><description>Beta (USA)</description>{Rom("Beta (USA) (Track 1).bin", track1)}{Rom("Beta (USA) (Track 2).bin", track2)}{Rom("Beta (USA).cue", cue)}</game>
            <game name="Gamma (USA)"><description>Gamma (USA)</description>{Rom("Gamma (USA).bin", gamma)}</game>
            </datafile>
            """);
        File.WriteAllBytes(home.Write("lib/Alpha (USA).bin", ""), alpha);
        File.WriteAllBytes(home.Write("lib/Beta (USA) (Track 1).bin", ""), track1);
        File.WriteAllBytes(home.Write("lib/Beta (USA) (Track 2).bin", ""), track2);
        File.WriteAllBytes(home.Write("lib/Beta (USA).cue", ""), [.. "REM written by another tool\r\n"u8, .. cue]);
        CliRun.Invoke(home, "dat", "import", home.File("test.dat"));
        CliRun.Invoke(home, "roots", "add", home.File("lib"));
        CliRun.Invoke(home, "scan");

        var report = CliRun.Invoke(home, "report", "--json");
        var preferred = CliRun.Invoke(home, "report", "--1g1r", "--json");

        await Assert.That(preferred.ExitCode).IsEqualTo(ExitCodes.Ok).Because(preferred.Error);
        using var reportJson = JsonDocument.Parse(report.Output);
        using var preferredJson = JsonDocument.Parse(preferred.Output);
        var coverage = reportJson.RootElement.GetProperty("dats")[0];
        var dat = preferredJson.RootElement.GetProperty("dats")[0];
        await Assert.That(coverage.GetProperty("games_complete").GetInt64()).IsEqualTo(2L);
        await Assert.That(dat.GetProperty("games").GetInt64()).IsEqualTo(3L);
        await Assert.That(dat.GetProperty("have").GetInt64()).IsEqualTo(2L);
        await Assert.That(dat.GetProperty("missing_games").EnumerateArray().Select(g => g.GetString()!).ToList()).IsEquivalentTo(["Gamma (USA)"]);
    }

    private static string Rom(string name, byte[] content) =>
        $"<rom name=\"{System.Security.SecurityElement.Escape(name)}\" size=\"{content.Length}\" sha1=\"{ArchiveListings.Sha1(content)}\"/>";
}
