using System.Text.Json;
using RomCurator.Tests.Support;
using RomCurator.Tui.Cli;
using RomCurator.Tui.Cli.Verbs;

namespace RomCurator.Tests.Tui.Cli;

/// <summary>`--help --json` prints the help as one JSON object (every verb with its flags, the global flags, the exit codes).</summary>
public sealed class HelpJsonTests
{
    [Test]
    public async Task General_help_with_json_lists_every_verb_and_its_flags_as_json()
    {
        using var home = new TempDirectory();

        var run = CliRun.Invoke(home, "--help", "--json");

        await Assert.That(run.ExitCode).IsEqualTo(ExitCodes.Ok);
        using var json = JsonDocument.Parse(run.Output);
        var verbs = json.RootElement.GetProperty("verbs").EnumerateArray().ToList();
        await Assert.That(verbs.Select(v => v.GetProperty("name").GetString()!))
            .IsEquivalentTo(VerbCatalog.All.Select(v => v.Name));
        var organize = verbs.Single(v => v.GetProperty("name").GetString() == "organize");
        var undo = organize.GetProperty("flags").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "--undo");
        await Assert.That(undo.GetProperty("value").GetString()).IsEqualTo("RUN");
        var globals = json.RootElement.GetProperty("global_flags").EnumerateArray().ToList();
        await Assert.That(globals.Select(f => f.GetProperty("name").GetString())).Contains("--json");
        await Assert.That(globals.Single(f => f.GetProperty("name").GetString() == "--help").GetProperty("short").GetString()).IsEqualTo("-h");
        await Assert.That(json.RootElement.GetProperty("exit_codes").GetProperty("4").GetString()).StartsWith("busy");
    }

    [Test]
    public async Task Verb_help_with_json_describes_that_verb_only()
    {
        using var home = new TempDirectory();

        var run = CliRun.Invoke(home, "dat", "import", "--help", "--json");

        await Assert.That(run.ExitCode).IsEqualTo(ExitCodes.Ok);
        using var json = JsonDocument.Parse(run.Output);
        var verb = json.RootElement.GetProperty("verbs").EnumerateArray().Single();
        await Assert.That(verb.GetProperty("name").GetString()).IsEqualTo("dat import");
        await Assert.That(verb.GetProperty("usage").GetString()).StartsWith("romcurator dat import");
        await Assert.That(verb.GetProperty("flags").EnumerateArray().Select(f => f.GetProperty("name").GetString())).Contains("--platform");
    }
}
