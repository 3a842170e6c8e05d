using System.Text.Json;
using RomCurator.Tests.Core.Ingestion;
using RomCurator.Tests.Support;
using RomCurator.Tui.Cli;

namespace RomCurator.Tests.Tui.Cli;

public sealed class ReviewVerbTests
{
    [Test]
    public async Task Review_lists_accepts_and_undoes_headless()
    {
        using var home = new TempDirectory();
        home.Write("snes.dat", """
            clrmamepro ( name "Nintendo - Super Nintendo Entertainment System" )
            game ( name "Zelda no Densetsu - Kamigami no Triforce (Japan)" rom ( name "c.sfc" size 1 crc 00000003 ) )
            """);
        File.WriteAllBytes(home.Write("lib/Zelda (Japan).sfc", ""), IngestionJobTests.Bytes(64, 3));
        CliRun.Invoke(home, "dat", "import", home.File("snes.dat"));
        CliRun.Invoke(home, "roots", "add", home.File("lib"), "--platform", "snes");
        CliRun.Invoke(home, "scan");

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
}
