using System.Text.Json;
using RomCurator.Core.Configuration;
using RomCurator.Tests.Support;
using RomCurator.Tui.Cli;

namespace RomCurator.Tests.Tui.Cli;

/// <summary>
/// `config show` is where a curator looks when the config file is wrong: it names the problem in one line (exit 1) and
/// still shows the values, each bad one as the default used in its place. Broken JSON and --json fail with one line.
/// </summary>
public sealed class ConfigShowTests
{
    [Test]
    public async Task A_file_with_bad_values_shows_the_problem_in_one_line_and_every_value_it_can()
    {
        using var home = new TempDirectory();
        var file = home.Write("config/romcurator/config.json", """{ "scan": { "batchSize": 7, "hashWorkers": -1 }, "organizer": { "preset": "es-dee" } }""");

        var run = CliRun.Invoke(home, "config", "show");

        await Assert.That(run.ExitCode).IsEqualTo(ExitCodes.Failed);
        var errors = run.Error.TrimEnd().Split('\n');
        await Assert.That(errors).Count().IsEqualTo(1);
        await Assert.That(errors[0]).StartsWith($"romcurator: config file '{file}': ");
        await Assert.That(errors[0]).Contains("scan.hashWorkers");
        await Assert.That(errors[0]).Contains("organizer.preset 'es-dee'");
        await Assert.That(run.Output).Contains("# not used (bad values; their defaults are shown): scan.hashWorkers, organizer.preset");
        using var shown = JsonDocument.Parse(run.Output[run.Output.IndexOf('{')..]);
        var scan = shown.RootElement.GetProperty("scan");
        await Assert.That(scan.GetProperty("batchSize").GetInt32()).IsEqualTo(7);
        await Assert.That(scan.GetProperty("hashWorkers").GetInt32()).IsEqualTo(new ScanSettings().HashWorkers);
        await Assert.That(shown.RootElement.GetProperty("organizer").GetProperty("preset").GetString()).IsEqualTo(new OrganizerSettings().Preset);
    }

    [Test]
    public async Task A_good_file_shows_its_values_and_no_problem()
    {
        using var home = new TempDirectory();
        home.Write("config/romcurator/config.json", """{ "scan": { "batchSize": 7 } }""");

        var run = CliRun.Invoke(home, "config", "show");

        await Assert.That(run.ExitCode).IsEqualTo(ExitCodes.Ok);
        await Assert.That(run.Error).IsEmpty();
        await Assert.That(run.Output).DoesNotContain("# not used");
        await Assert.That(run.Output).Contains("\"batchSize\": 7");
    }

    [Test]
    [Arguments("{ \"scan\": ", "is not valid JSON")]
    [Arguments("{ \"scan\": { \"batchSize\": \"many\" } }", "scan.batchSize must be a whole number, not 'many'")]
    public async Task Broken_json_or_json_output_fails_with_one_line_and_no_values(string json, string problem)
    {
        using var home = new TempDirectory();
        home.Write("config/romcurator/config.json", json);

        var broken = CliRun.Invoke(home, "config", "show");
        home.Write("config/romcurator/config.json", """{ "scan": { "hashWorkers": -1 } }""");
        var asJson = CliRun.Invoke(home, "--json", "config", "show");

        if (json.StartsWith("{ \"scan\": {", StringComparison.Ordinal))
        {
            // A value of the wrong type is set aside like any bad value: shown with its default.
            await Assert.That(broken.Output).Contains("\"batchSize\": 2000");
        }
        else
        {
            await Assert.That(broken.Output).IsEmpty();
        }

        await Assert.That(broken.ExitCode).IsEqualTo(ExitCodes.Failed);
        await Assert.That(broken.Error.TrimEnd().Split('\n')).Count().IsEqualTo(1);
        await Assert.That(broken.Error).Contains(problem);
        await Assert.That(asJson.ExitCode).IsEqualTo(ExitCodes.Failed);
        await Assert.That(asJson.Error.TrimEnd().Split('\n')).Count().IsEqualTo(1);
        await Assert.That(asJson.Error).Contains("scan.hashWorkers");
        using var error = JsonDocument.Parse(asJson.Output);
        await Assert.That(error.RootElement.GetProperty("exit_code").GetInt32()).IsEqualTo(1);
    }
}
