using System.Text.Json;
using RomCurator.Tests.Support;
using RomCurator.Tui.Cli;

namespace RomCurator.Tests.Tui.Cli;

/// <summary>
/// A logs folder (<c>paths.logs</c>) that passes the load-time rules but cannot be created or written stops a scan
/// before it starts: one <c>romcurator: …</c> line naming the setting, exit 1, no run recorded.
/// </summary>
public sealed class LogsFolderTests
{
    public static IEnumerable<Func<string>> Unwritable() =>
    [
        () => "/proc/romcurator-logs",
        () => "{home}/plain-file/logs",
    ];

    [Test]
    [MethodDataSource(nameof(Unwritable))]
    public async Task A_logs_folder_that_cannot_be_written_stops_the_scan_with_one_line(string logs)
    {
        using var home = new TempDirectory();
        home.Write("plain-file", "not a folder");
        var folder = logs.Replace("{home}", home.Path, StringComparison.Ordinal);
        home.Write("config/romcurator/config.json", JsonSerializer.Serialize(new Dictionary<string, Dictionary<string, string>>
        {
            ["paths"] = new() { ["logs"] = folder },
        }));
        home.Write("lib/game.nes", "NES\x1A");
        await Assert.That(CliRun.Invoke(home, "roots", "add", home.File("lib")).ExitCode).IsEqualTo(ExitCodes.Ok);

        var scan = CliRun.Invoke(home, "scan");
        var json = CliRun.Invoke(home, "scan", "--json");
        var runs = CliRun.Invoke(home, "runs", "--json");

        await Assert.That(scan.ExitCode).IsEqualTo(ExitCodes.Failed);
        await Assert.That(scan.Error.TrimEnd().Split('\n')).Count().IsEqualTo(1);
        await Assert.That(scan.Error).StartsWith($"romcurator: the logs folder '{folder}' (paths.logs) cannot be created or written");
        await Assert.That(json.ExitCode).IsEqualTo(ExitCodes.Failed);
        using var error = JsonDocument.Parse(json.Output);
        await Assert.That(error.RootElement.GetProperty("error").GetString()).Contains("paths.logs");
        using var recorded = JsonDocument.Parse(runs.Output);
        await Assert.That(recorded.RootElement.GetProperty("runs").GetArrayLength()).IsEqualTo(0);
    }
}
