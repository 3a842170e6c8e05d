using System.Text.Json;
using RomCurator.Tests.Faults;
using RomCurator.Tests.Support;
using RomCurator.Tui.Cli;

namespace RomCurator.Tests.Core.Organizer;

/// <summary>
/// The organizer's multi-disc playlists counted apart from files: `organize --apply PLAN_ID` asks about the playlists the
/// remembered plan writes, skips or finds in place (they are remembered with the plan), the --json of the plan and of the
/// apply says how many of in_place and skips are playlists; and a playlist the organizer wrote, once scanned, is not
/// listed again as a file no DAT entry matches (unless it was edited since: then it is the user's file).
/// </summary>
public sealed class PlaylistAccountingTests
{
    [Test]
    public async Task Applying_a_remembered_plan_asks_about_its_playlists_and_its_json_counts_them_apart()
    {
        using var home = new TempDirectory();
        Library(home);
        home.Write("lib/psx/Duo (USA).m3u", "my own order\n");
        CliRun.Invoke(home, "scan");

        var plan = CliRun.Invoke(home, "organize", "--dry-run", "--json");
        using var planJson = JsonDocument.Parse(plan.Output);
        var planId = planJson.RootElement.GetProperty("plan_id").GetInt64().ToString();
        var declined = CliRun.Answering(home, "n\n", "organize", "--apply", planId);
        var apply = CliRun.Invoke(home, "organize", "--apply", planId, "--yes", "--json");
        using var applied = JsonDocument.Parse(apply.Output);

        await Assert.That(planJson.RootElement.GetProperty("playlists").GetInt32()).IsEqualTo(1);
        await Assert.That(planJson.RootElement.GetProperty("playlists_skipped").GetInt32()).IsEqualTo(1);
        await Assert.That(planJson.RootElement.GetProperty("playlists_in_place").GetInt32()).IsEqualTo(0);
        await Assert.That(planJson.RootElement.GetProperty("skips").GetInt32()).IsEqualTo(2).Because("the user's .m3u and the playlist not written");
        await Assert.That(declined.Error).Contains($"Apply plan {planId}: move 6 files and write 1 multi-disc playlist " +
                                                   "(0 conflicts and 1 skipped file stay where they are; 1 multi-disc playlist not written (see the plan for why))? [y/N]");
        await Assert.That(apply.ExitCode).IsEqualTo(ExitCodes.Ok).Because(apply.Error);
        await Assert.That(applied.RootElement.GetProperty("playlists").GetInt32()).IsEqualTo(1);
        await Assert.That(applied.RootElement.GetProperty("playlists_skipped").GetInt32()).IsEqualTo(1);
        await Assert.That(applied.RootElement.GetProperty("skipped").GetInt32()).IsEqualTo(2);
    }

    [Test]
    public async Task A_plan_made_at_apply_time_names_the_playlists_already_in_place()
    {
        using var home = new TempDirectory();
        var solo = Library(home, holdBack: "Solo (USA)");
        CliRun.Invoke(home, "organize", "--apply", "--yes");
        File.WriteAllBytes(home.Write("lib/incoming/late.iso", ""), solo!);
        CliRun.Invoke(home, "scan");

        var plan = CliRun.Invoke(home, "organize", "--dry-run", "--json");
        var declined = CliRun.Answering(home, "n\n", "organize", "--apply");

        await Assert.That(plan.Output).Contains("\"moves\":1,\"in_place\":7,\"conflicts\":0,\"skips\":0,\"playlists\":0,\"playlists_in_place\":2,\"playlists_skipped\":0");
        await Assert.That(declined.Error).Contains("Move 1 file as planned (0 conflicts and 0 skipped files stay where they are; 2 playlists already in place)? [y/N]");
    }

    [Test]
    public async Task A_playlist_the_organizer_wrote_is_not_listed_as_an_unmatched_file_until_it_is_edited()
    {
        using var home = new TempDirectory();
        Library(home);
        var apply = CliRun.Invoke(home, "organize", "--apply", "--yes", "--json");
        CliRun.Invoke(home, "scan");

        var after = Lines(CliRun.Invoke(home, "organize", "--dry-run", "--json").Output, "psx/Saga (USA).m3u");
        var text = CliRun.Invoke(home, "organize", "--dry-run").Output;
        File.AppendAllText(home.File("lib/psx/Saga (USA).m3u"), "Bonus.iso\n");
        CliRun.Invoke(home, "scan");
        var edited = Lines(CliRun.Invoke(home, "organize", "--dry-run", "--json").Output, "psx/Saga (USA).m3u");

        await Assert.That(apply.Output).Contains("\"playlists\":2");
        await Assert.That(after).IsEquivalentTo(["in_place"]).Because("only its playlist line, no 'no DAT entry matches it' line");
        await Assert.That(text).DoesNotContain("no DAT entry matches it");
        await Assert.That(edited).IsEquivalentTo(["skip", "skip"]).Because("edited, it is the user's file: a file line, and a playlist not written");
    }

    /// <summary>The actions of the plan's lines whose path is <paramref name="path"/>.</summary>
    private static List<string> Lines(string json, string path)
    {
        using var plan = JsonDocument.Parse(json);
        return plan.RootElement.GetProperty("items").EnumerateArray()
            .Where(item => item.GetProperty("from").GetString() == path)
            .Select(item => item.GetProperty("action").GetString()!).ToList();
    }

    /// <summary>A PlayStation DAT with two multi-disc games (three and two discs) and a single-disc one, in lib/incoming (but <paramref name="holdBack">'s image, returned), scanned; the es-de preset.</summary>
    private static byte[]? Library(TempDirectory home, string? holdBack = null)
    {
        byte[]? heldBack = null;
        home.Write("config/romcurator/config.json", """{ "organizer": { "preset": "es-de" } }""");
        var dat = new ClrMameProDat("Sony - PlayStation", "20260101");
        string[] games = ["Saga (USA) (Disc 2)", "Saga (USA) (Disc 1)", "Saga (USA) (Disc 3)", "Solo (USA)", "Duo (USA) (Disc 1)", "Duo (USA) (Disc 2)"];
        for (var i = 0; i < games.Length; i++)
        {
            var image = Fixtures.Bytes(6144 + i, 900 + i);
            if (games[i] == holdBack)
            {
                heldBack = image;
            }
            else
            {
                File.WriteAllBytes(home.Write($"lib/incoming/disc{i}.iso", ""), image);
            }

            dat.Game(games[i], games[i] + ".iso", image);
        }

        home.Write("psx.dat", dat.ToString());
        CliRun.Invoke(home, "dat", "import", home.File("psx.dat"));
        CliRun.Invoke(home, "roots", "add", home.File("lib"));
        CliRun.Invoke(home, "scan");
        return heldBack;
    }
}
