using System.Text.Json;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Tui.Cli;

/// <summary>
/// `files` names a file's top suggestion in the order the review queue shows them (<c>SuggestionOrder</c>: confidence,
/// nearest size, then the curator's 1G1R preferences), so a change of <c>oneGameOneRom.regions</c> reorders both alike.
/// </summary>
public sealed class FilesSuggestionOrderTests
{
    private const int RomSize = 4096;

    [Test]
    [Arguments("USA, Japan", "Tetris (USA)")]
    [Arguments("Japan, USA", "Tetris (Japan)")]
    public async Task After_the_regions_change_files_names_the_suggestion_the_review_queue_puts_first(string regions, string expected)
    {
        using var home = new TempDirectory();
        home.Write("gb.dat", $"""
            clrmamepro ( name "Nintendo - Game Boy" version "1" )
            game ( name "Tetris (USA)" rom ( name "Tetris (USA).gb" size {RomSize} crc 00000001 ) )
            game ( name "Tetris (Japan)" rom ( name "Tetris (Japan).gb" size {RomSize} crc 00000002 ) )
            game ( name "Tetris (Europe)" rom ( name "Tetris (Europe).gb" size {RomSize} crc 00000003 ) )
            """);
        File.WriteAllBytes(home.Write("lib/Tetris.gb", ""), Fixtures.Bytes(RomSize, 7));
        home.Write("config/romcurator/config.json", """{ "oneGameOneRom": { "regions": "Europe" } }""");
        CliRun.Invoke(home, "dat", "import", home.File("gb.dat"));
        CliRun.Invoke(home, "roots", "add", home.File("lib"), "--platform", "gb");
        CliRun.Invoke(home, "scan");
        home.Write("config/romcurator/config.json", $$"""{ "oneGameOneRom": { "regions": "{{regions}}" } }""");

        using var review = JsonDocument.Parse(CliRun.Invoke(home, "review", "--json").Output);
        using var files = JsonDocument.Parse(CliRun.Invoke(home, "files", "--json").Output);
        var queued = review.RootElement.GetProperty("candidates").EnumerateArray().Select(c => c.GetProperty("suggested_title").GetString()!).ToList();
        var listed = files.RootElement.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("path").GetString() == "Tetris.gb");

        await Assert.That(queued.Count).IsEqualTo(3).Because("three suggestions of equal confidence");
        await Assert.That(queued[0]).IsEqualTo(expected);
        await Assert.That(listed.GetProperty("match").GetString()).IsEqualTo("title").Because("a title link in the review band, not linked to a release");
        await Assert.That(listed.GetProperty("linked").GetBoolean()).IsFalse();
        await Assert.That(listed.GetProperty("dat_game").GetString()).IsEqualTo(expected);
    }
}
