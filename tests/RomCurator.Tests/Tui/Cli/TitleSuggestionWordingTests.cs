using System.Text.Json;
using RomCurator.Tests.Support;
using RomCurator.Tui.Cli;

namespace RomCurator.Tests.Tui.Cli;

/// <summary>
/// A title match in the review band (linked to its DAT entry, not to a release; its suggestions queued) is worded as a
/// suggestion by `scan` and `match`, never as "matched by title"; --json keeps matched_title and adds
/// matched_title_in_review.
/// </summary>
public sealed class TitleSuggestionWordingTests
{
    private const int RomSize = 4096;

    /// <summary>A GB DAT and a Kirby dump known to it by title only; the DAT imported before the root is added, or after (<paramref name="datLater"/>, for `match`).</summary>
    private static TempDirectory Library(bool autoLink, bool datLater = false)
    {
        var home = new TempDirectory();
        home.Write("config/romcurator/config.json", $$"""{ "matching": { "autoLinkHighConfidence": {{(autoLink ? "true" : "false")}} } }""");
        home.Write("gb.dat", $"""
            clrmamepro ( name "Nintendo - Game Boy" version "1" )
            game ( name "Kirby's Dream Land (USA, Europe)" rom ( name "Kirby's Dream Land (USA, Europe).gb" size {RomSize} crc 00000001 ) )
            game ( name "Tetris (World)" rom ( name "Tetris (World).gb" size {RomSize} crc 00000002 ) )
            """);
        File.WriteAllBytes(home.Write("lib/Kirby's Dream Land (USA, Europe).gb", ""), Fixtures.Bytes(RomSize, 21));
        if (!datLater)
        {
            CliRun.Invoke(home, "dat", "import", home.File("gb.dat"));
        }

        CliRun.Invoke(home, "roots", "add", home.File("lib"), "--platform", "gb");
        return home;
    }

    [Test]
    public async Task A_title_link_waiting_in_review_is_worded_as_a_suggestion_by_scan_and_match()
    {
        using var home = Library(autoLink: false);

        var scan = CliRun.Invoke(home, "scan");
        using var files = JsonDocument.Parse(CliRun.Invoke(home, "files", "--json").Output);
        using var again = Library(autoLink: false);
        using var summary = JsonDocument.Parse(CliRun.Invoke(again, "scan", "--json").Output);

        await Assert.That(scan.ExitCode).IsEqualTo(ExitCodes.Ok).Because(scan.Error);
        await Assert.That(files.RootElement.GetProperty("files")[0].GetProperty("linked").GetBoolean()).IsFalse();
        await Assert.That(scan.Output).Contains("0 by title (+1 suggested by title, waiting for review), 1 candidate for review");
        await Assert.That(scan.Output).DoesNotContain("1 by title,");
        await Assert.That(summary.RootElement.GetProperty("matched_title").GetInt64()).IsEqualTo(1L);
        await Assert.That(summary.RootElement.GetProperty("matched_title_in_review").GetInt64()).IsEqualTo(1L);
    }

    [Test]
    public async Task The_match_verb_words_it_the_same_and_a_settled_title_link_stays_matched_by_title()
    {
        using var suggested = Library(autoLink: false, datLater: true);
        CliRun.Invoke(suggested, "scan");
        CliRun.Invoke(suggested, "dat", "import", suggested.File("gb.dat"));
        var match = CliRun.Invoke(suggested, "match");
        using var settled = Library(autoLink: true);
        var linked = CliRun.Invoke(settled, "scan");

        await Assert.That(match.Output).Contains("0 by title (+1 suggested by title, waiting for review), 1 queued for review");
        await Assert.That(linked.Output).Contains("1 by title, 0 candidates for review");
    }
}
