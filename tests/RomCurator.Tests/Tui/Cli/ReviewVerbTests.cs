using System.Text.Json;
using RomCurator.Tests.Support;
using RomCurator.Tui.Cli;

namespace RomCurator.Tests.Tui.Cli;

public sealed class ReviewVerbTests
{
    [Test]
    public async Task Review_lists_accepts_and_undoes_headless()
    {
        using var home = new TempDirectory();
        SnesCliLibrary.Scan(home, """
            game ( name "Zelda no Densetsu - Kamigami no Triforce (Japan)" rom ( name "c.sfc" size 1 crc 00000003 ) )
            """,
            ("Zelda (Japan).sfc", Fixtures.Bytes(64, 3)));

        var list = CliRun.Invoke(home, "review", "--json");
        using var document = JsonDocument.Parse(list.Output);
        var candidate = document.RootElement.GetProperty("candidates")[0];
        var id = candidate.GetProperty("candidate_id").GetInt64().ToString();
        var accept = CliRun.Invoke(home, "review", "accept", id);
        var again = CliRun.Invoke(home, "review", "accept", id);
        var files = CliRun.Invoke(home, "files", "--json");
        var undo = CliRun.Invoke(home, "review", "undo");
        var nothing = CliRun.Invoke(home, "review", "undo");
        var undoAgain = CliRun.Invoke(home, "review", "undo");

        await Assert.That(candidate.GetProperty("file").GetString()).IsEqualTo("lib/Zelda (Japan).sfc");
        await Assert.That(candidate.GetProperty("suggested_title").GetString()).IsEqualTo("Zelda no Densetsu - Kamigami no Triforce (Japan)");
        await Assert.That(accept.ExitCode).IsEqualTo(ExitCodes.Ok);
        await Assert.That(again.ExitCode).IsEqualTo(ExitCodes.Failed);
        await Assert.That(files.Output).Contains("\"linked\":true");
        await Assert.That(undo.ExitCode).IsEqualTo(ExitCodes.Ok);
        await Assert.That(nothing.ExitCode).IsEqualTo(ExitCodes.Failed);
        await Assert.That(undoAgain.Error).Contains("no review decision to undo");
        await Assert.That(CliRun.Invoke(home, "review").Output).Contains("Zelda (Japan).sfc");
        await Assert.That(CliRun.Invoke(home, "review", "accept", "abc").ExitCode).IsEqualTo(ExitCodes.Usage);
    }

    [Test]
    public async Task A_bulk_accept_is_undone_as_one_step_by_a_later_process()
    {
        using var home = new TempDirectory();
        SnesCliLibrary.Scan(home, """
            game ( name "Zelda no Densetsu - Kamigami no Triforce (Japan)" rom ( name "c.sfc" size 1 crc 00000003 ) )
            game ( name "Super Metroid (Japan, USA)" rom ( name "m.sfc" size 1 crc 00000004 ) )
            """,
            ("Zelda (Japan).sfc", Fixtures.Bytes(64, 3)),
            ("Super Metroid (Japan, USA).sfc", Fixtures.Bytes(64, 4)));
        var single = JsonDocument.Parse(CliRun.Invoke(home, "review", "--json").Output).RootElement.GetProperty("candidates")[0].GetProperty("candidate_id").GetInt64().ToString();
        CliRun.Invoke(home, "review", "accept", single);
        CliRun.Invoke(home, "review", "undo");
        var waiting = CliRun.Invoke(home, "review").Output;

        // Each invocation is its own process-like run on the database file: the batch lives in the journal, not in memory.
        var bulk = CliRun.Invoke(home, "review", "accept-above", "0");
        var afterBulk = CliRun.Invoke(home, "review").Output;
        var undo = CliRun.Invoke(home, "review", "undo");
        var restored = CliRun.Invoke(home, "review").Output;
        var nothing = CliRun.Invoke(home, "review", "undo");

        await Assert.That(waiting).Contains("Zelda (Japan).sfc");
        await Assert.That(waiting).Contains("Super Metroid (Japan, USA).sfc");
        await Assert.That(bulk.Output).Contains("accepted the best suggestion of 2 files");
        await Assert.That(afterBulk).DoesNotContain("Zelda (Japan).sfc");
        await Assert.That(afterBulk).DoesNotContain("Super Metroid");
        await Assert.That(undo.ExitCode).IsEqualTo(ExitCodes.Ok);
        await Assert.That(undo.Output).Contains("undid the bulk accept of 2 files");
        await Assert.That(restored).Contains("Zelda (Japan).sfc");
        await Assert.That(restored).Contains("Super Metroid (Japan, USA).sfc");
        await Assert.That(nothing.ExitCode).IsEqualTo(ExitCodes.Failed).Because("the single accept before was already undone: nothing is left");
    }

    [Test]
    public async Task Review_show_gives_the_evidence_behind_a_suggestion_in_text_and_json()
    {
        using var home = new TempDirectory();
        SnesCliLibrary.Scan(home, """
            game ( name "Star Blaster (USA)" rom ( name "a.sfc" size 524288 crc 00000001 ) )
            game ( name "Star Blaster (Japan)" rom ( name "b.sfc" size 524288 crc 00000002 ) )
            """,
            ("StarBlaster.sfc", Fixtures.Bytes(786_432, 3)));
        using var list = JsonDocument.Parse(CliRun.Invoke(home, "review", "--json").Output);
        var id = list.RootElement.GetProperty("candidates")[0].GetProperty("candidate_id").GetInt64().ToString();

        var text = CliRun.Invoke(home, "review", "show", id);
        var json = CliRun.Invoke(home, "review", "show", id, "--json");
        using var details = JsonDocument.Parse(json.Output);
        var missing = CliRun.Invoke(home, "review", "show", "999999");

        await Assert.That(text.ExitCode).IsEqualTo(ExitCodes.Ok);
        await Assert.That(text.Output).Contains("786,432 bytes");
        await Assert.That(text.Output).Contains("Linked automatically to Star Blaster (USA)");
        await Assert.That(text.Output).Contains("DAT ROM 512 KiB");
        await Assert.That(text.Output).Contains("rules: camelCase split");
        await Assert.That(text.Output).Contains("size close: the file is 768 KiB, the DAT's ROM 512 KiB (1.5x)");
        await Assert.That(text.Output).Contains("Runner-up: Star Blaster (Japan) at 0.89, 0.00 behind the best");
        await Assert.That(details.RootElement.GetProperty("size").GetInt64()).IsEqualTo(786_432L);
        await Assert.That(details.RootElement.GetProperty("suggestions")[0].GetProperty("rom_sizes")[0].GetInt64()).IsEqualTo(524_288L);
        await Assert.That(details.RootElement.GetProperty("runner_up").GetProperty("game").GetString()).IsEqualTo("Star Blaster (Japan)");
        await Assert.That(details.RootElement.GetProperty("runner_up_margin").GetDouble()).IsEqualTo(0.0);
        await Assert.That(missing.ExitCode).IsEqualTo(ExitCodes.Failed);
        await Assert.That(missing.Error).Contains("there is no suggestion 999999");
    }
}
