using System.Security.Cryptography;
using System.Text.Json;
using RomCurator.Tests.Core.Ingestion;
using RomCurator.Tests.Support;
using RomCurator.Tui.Cli;

namespace RomCurator.Tests.Tui.Cli;

public sealed class OrganizeVerbTests
{
    [Test]
    public async Task The_dry_run_prints_the_plan_and_moves_nothing_and_apply_refuses()
    {
        using var home = new TempDirectory();
        var rom = IngestionJobTests.Bytes(100, 1);
        File.WriteAllBytes(home.Write("lib/incoming/a.gb", ""), rom);
        home.Write("gb.dat", $"clrmamepro ( name \"Nintendo - Game Boy\" )\ngame ( name \"Alpha (USA)\" rom ( name \"Alpha (USA).gb\" size 100 sha1 {Convert.ToHexStringLower(SHA1.HashData(rom))} ) )\n");
        CliRun.Invoke(home, "dat", "import", home.File("gb.dat"));
        CliRun.Invoke(home, "roots", "add", home.File("lib"));
        CliRun.Invoke(home, "scan");

        var text = CliRun.Invoke(home, "organize");
        var json = CliRun.Invoke(home, "organize", "--dry-run", "--json");
        var apply = CliRun.Invoke(home, "organize", "--apply", "--yes");

        await Assert.That(text.ExitCode).IsEqualTo(ExitCodes.Ok);
        await Assert.That(text.Output).Contains("incoming/a.gb → Nintendo - Game Boy/USA/Alpha (USA).gb");
        using var document = JsonDocument.Parse(json.Output);
        await Assert.That(document.RootElement.GetProperty("moves").GetInt32()).IsEqualTo(1);
        await Assert.That(document.RootElement.GetProperty("items")[0].GetProperty("to").GetString()).IsEqualTo("Nintendo - Game Boy/USA/Alpha (USA).gb");
        await Assert.That(apply.ExitCode).IsEqualTo(ExitCodes.Failed);
        await Assert.That(apply.Error).Contains("nothing was moved");
        await Assert.That(File.Exists(home.File("lib/incoming/a.gb"))).IsTrue();
        await Assert.That(Directory.Exists(home.File("lib/Nintendo - Game Boy"))).IsFalse();
    }
}
