using System.Text.Json;
using RomCurator.Tests.Support;
using RomCurator.Tui.Cli;

namespace RomCurator.Tests.Tui.Cli;

public sealed class RootsVerbTests
{
    [Test]
    public async Task A_paused_root_stays_listed_is_not_scanned_and_resumes()
    {
        using var home = new TempDirectory();
        home.Write("snes/a.sfc", "a");
        home.Write("gb/b.gb", "b");
        CliRun.Invoke(home, "roots", "add", home.File("snes"));
        CliRun.Invoke(home, "roots", "add", home.File("gb"));

        var pause = CliRun.Invoke(home, "roots", "pause", "gb");
        var list = CliRun.Invoke(home, "roots", "list").Output;
        var scan = CliRun.Invoke(home, "scan", "--json");
        var resume = CliRun.Invoke(home, "roots", "resume", "gb");
        var rescan = CliRun.Invoke(home, "scan", "--json");

        await Assert.That(pause.ExitCode).IsEqualTo(ExitCodes.Ok);
        await Assert.That(list).Contains("gb (paused)");
        await Assert.That(Roots(scan.Output)).IsEquivalentTo(new[] { "snes" });
        await Assert.That(resume.Output).Contains("scanned again");
        await Assert.That(Roots(rescan.Output)).IsEquivalentTo(new[] { "gb", "snes" });
        await Assert.That(CliRun.Invoke(home, "roots", "pause", "nope").ExitCode).IsEqualTo(ExitCodes.Failed);
    }

    [Test]
    public async Task Edit_sets_and_clears_the_platform_hint()
    {
        using var home = new TempDirectory();
        home.Write("lib/a.sfc", "a");
        CliRun.Invoke(home, "roots", "add", home.File("lib"));

        var set = CliRun.Invoke(home, "roots", "edit", "lib", "--platform", "snes", "--json");
        var unknown = CliRun.Invoke(home, "roots", "edit", "lib", "--platform", "nintendo 99");
        var cleared = CliRun.Invoke(home, "roots", "edit", "lib", "--platform", "none");
        var missingFlag = CliRun.Invoke(home, "roots", "edit", "lib");

        using var json = JsonDocument.Parse(set.Output);
        await Assert.That(json.RootElement.GetProperty("platform_name").GetString()).IsEqualTo("Nintendo - Super Nintendo Entertainment System");
        await Assert.That(unknown.ExitCode).IsEqualTo(ExitCodes.Failed);
        await Assert.That(unknown.Error).Contains("unknown platform 'nintendo 99'");
        await Assert.That(cleared.Output).Contains("platform hint: none");
        await Assert.That(missingFlag.ExitCode).IsEqualTo(ExitCodes.Usage);
    }

    [Test]
    public async Task A_removed_root_is_hidden_from_the_list_but_not_from_list_all()
    {
        using var home = new TempDirectory();
        home.Write("lib/a.sfc", "a");
        CliRun.Invoke(home, "roots", "add", home.File("lib"));

        CliRun.Invoke(home, "roots", "remove", "lib");

        await Assert.That(CliRun.Invoke(home, "roots", "list").Output).DoesNotContain(home.File("lib"));
        await Assert.That(CliRun.Invoke(home, "roots", "list", "--all").Output).Contains("lib (removed)");
        await Assert.That(CliRun.Invoke(home, "roots", "resume", "lib").ExitCode).IsEqualTo(ExitCodes.Failed);
    }

    private static string[] Roots(string scanJson)
    {
        using var document = JsonDocument.Parse(scanJson);
        return document.RootElement.GetProperty("roots").EnumerateArray().Select(r => r.GetString()!).Order().ToArray();
    }
}
