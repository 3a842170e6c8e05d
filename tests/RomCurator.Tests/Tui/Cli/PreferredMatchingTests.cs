using System.Text.Json;
using RomCurator.Tests.Support;
using RomCurator.Tui.Cli;

namespace RomCurator.Tests.Tui.Cli;

/// <summary>
/// Matching breaks a tie between variants by the curator's 1G1R preferences from the config file (not the shipped
/// defaults), in the scan's matching step and in `match`; a one-letter name is no title evidence.
/// </summary>
public sealed class PreferredMatchingTests
{
    private const int RomSize = 4096;

    /// <summary>A GB DAT whose two Tetris releases differ by region only, and a Tetris dump that is neither (no hash match).</summary>
    private static TempDirectory Library(string? regions, bool matchAfterScan)
    {
        var home = new TempDirectory();
        var config = regions is null
            ? """{ "matching": { "maxCandidatesPerFile": 1 } }"""
            : $$"""{ "matching": { "maxCandidatesPerFile": 1 }, "oneGameOneRom": { "regions": "{{regions}}" } }""";
        home.Write("config/romcurator/config.json", config);
        home.Write("gb.dat", $"""
            clrmamepro ( name "Nintendo - Game Boy" version "1" )
            game ( name "Tetris (USA)" rom ( name "Tetris (USA).gb" size {RomSize} crc 00000001 ) )
            game ( name "Tetris (Japan)" rom ( name "Tetris (Japan).gb" size {RomSize} crc 00000002 ) )
            """);
        File.WriteAllBytes(home.Write("lib/Tetris.gb", ""), Fixtures.Bytes(RomSize, 7));
        CliRun.Invoke(home, "roots", "add", home.File("lib"), "--platform", "gb");
        if (matchAfterScan)
        {
            CliRun.Invoke(home, "scan");
            CliRun.Invoke(home, "dat", "import", home.File("gb.dat"));
            var match = CliRun.Invoke(home, "match");
            if (match.ExitCode != ExitCodes.Ok)
            {
                throw new InvalidOperationException(match.Error);
            }
        }
        else
        {
            CliRun.Invoke(home, "dat", "import", home.File("gb.dat"));
            CliRun.Invoke(home, "scan");
        }

        return home;
    }

    private static List<string> Suggested(TempDirectory home)
    {
        using var document = JsonDocument.Parse(CliRun.Invoke(home, "review", "--json").Output);
        return [.. document.RootElement.GetProperty("candidates").EnumerateArray().Select(c => c.GetProperty("suggested_title").GetString()!)];
    }

    [Test]
    [Arguments(false)]
    [Arguments(true)]
    public async Task A_tie_between_regions_goes_to_the_configured_region(bool matchAfterScan)
    {
        using var defaults = Library(null, matchAfterScan);
        using var japanFirst = Library("Japan, USA", matchAfterScan);

        await Assert.That(Suggested(defaults)).IsEquivalentTo(["Tetris (USA)"]);
        await Assert.That(Suggested(japanFirst)).IsEquivalentTo(["Tetris (Japan)"]);
    }

    [Test]
    [Arguments("a.gb")]
    [Arguments("B.gb")]
    [Arguments("1.gb")]
    [Arguments("_x_.gb")]
    public async Task A_one_letter_name_gets_no_title_suggestion(string name)
    {
        using var home = new TempDirectory();
        home.Write("gb.dat", $"""
            clrmamepro ( name "Nintendo - Game Boy" version "1" )
            game ( name "A Boy and His Blob - Rescue of Princess Blobette (USA)" rom ( name "a.gb" size {RomSize} crc 00000001 ) )
            game ( name "Bomberman B-Daman (Japan)" rom ( name "b.gb" size {RomSize} crc 00000002 ) )
            game ( name "Mega Man - Dr. Wily's Revenge (USA)" rom ( name "m.gb" size {RomSize} crc 00000003 ) )
            game ( name "Kirby's Dream Land 1 (USA)" rom ( name "k.gb" size {RomSize} crc 00000004 ) )
            game ( name "X-Men - Mojo World (USA)" rom ( name "x.gb" size {RomSize} crc 00000005 ) )
            game ( name "Tetris (World)" rom ( name "t.gb" size {RomSize} crc 00000006 ) )
            """);
        File.WriteAllBytes(home.Write("lib/" + name, ""), Fixtures.Bytes(RomSize, 9));
        File.WriteAllBytes(home.Write("lib/Tetris.gb", ""), Fixtures.Bytes(RomSize, 10));
        CliRun.Invoke(home, "dat", "import", home.File("gb.dat"));
        CliRun.Invoke(home, "roots", "add", home.File("lib"), "--platform", "gb");
        CliRun.Invoke(home, "scan");

        using var connection = RomCurator.Core.Storage.DatabaseOpener.Open(home.File("data/romcurator/romcurator.db"));
        var matched = Sql.Column(connection, """
            SELECT r.filename FROM rom_file r
            WHERE EXISTS (SELECT 1 FROM ingestion_candidate c WHERE c.rom_id = r.rom_id)
               OR EXISTS (SELECT 1 FROM dat_atomic_link l WHERE l.rom_id = r.rom_id)
            ORDER BY 1
            """);

        await Assert.That(matched).IsEquivalentTo(["Tetris.gb"]).Because("a name of one letter names no game; a real name still matches");
    }
}
