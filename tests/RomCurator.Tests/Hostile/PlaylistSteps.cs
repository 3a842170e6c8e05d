using System.Text.Json;
using RomCurator.Tests.Faults;
using RomCurator.Tests.Support;
using static RomCurator.Tests.Hostile.CaseSteps;

namespace RomCurator.Tests.Hostile;

/// <summary>The organizer playlist cases' shared steps: a two-disc game a DAT verifies, and the plan's line for its playlist.</summary>
public static class PlaylistSteps
{
    public const string Platform = "Nintendo - Nintendo Entertainment System";

    /// <summary>Where the organizer writes the game's multi-disc playlist.</summary>
    public const string Playlist = Platform + "/Saga (USA).m3u";

    /// <summary>
    /// Both discs of "Saga (USA)" in place in the root (content from <paramref name="seed"/> on), a DAT that verifies them
    /// imported, organizer.m3u on. The root is not added yet.
    /// </summary>
    public static void TwoDiscGame(HostileWorkspace workspace, int seed)
    {
        var dat = new ClrMameProDat(Platform, "1");
        for (var disc = 1; disc <= 2; disc++)
        {
            var image = Data(6000, seed + disc);
            workspace.Put($"{Platform}/Saga (USA) (Disc {disc}).iso", image);
            dat.Game($"Saga (USA) (Disc {disc})", $"Saga (USA) (Disc {disc}).iso", image);
        }

        workspace.Configure("""  "organizer": { "template": "{platform}/{title}{ext}", "m3u": "on" }  """);
        var import = workspace.Cli("dat", "import", workspace.Dat("nes.dat", dat.ToString()));
        if (import.ExitCode != 0)
        {
            throw new InvalidOperationException("dat import failed: " + import.Error);
        }
    }

    /// <summary>The playlist's line of a plan (<c>organize --dry-run --json</c>) as "action: reason", or null when it has none.</summary>
    public static string? PlanLine(HostileWorkspace workspace, CliRun dryRun)
    {
        using var plan = JsonDocument.Parse(dryRun.Output);
        var line = plan.RootElement.GetProperty("items").EnumerateArray()
            .LastOrDefault(i => i.GetProperty("from").GetString() == Playlist);
        return line.ValueKind == JsonValueKind.Undefined
            ? null
            : workspace.Clean($"{line.GetProperty("action").GetString()}: {line.GetProperty("reason").GetString()}");
    }
}
