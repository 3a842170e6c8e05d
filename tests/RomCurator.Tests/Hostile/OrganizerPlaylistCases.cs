using System.Text.Json;
using RomCurator.Tests.Faults;
using static RomCurator.Tests.Hostile.CaseSteps;

namespace RomCurator.Tests.Hostile;

/// <summary>
/// The organizer's multi-disc playlists (organizer.m3u on) at the edge of the root: a two-disc game already in place,
/// and at its playlist's path a symbolic link out of the root, to a file or to nothing. The playlist is never written
/// through the link (nothing outside the data folder may change) and the plan says why.
/// </summary>
public static class OrganizerPlaylistCases
{
    private const string Platform = "Nintendo - Nintendo Entertainment System";

    private const string Playlist = Platform + "/Saga (USA).m3u";

    public static IEnumerable<HostileCase> All() =>
    [
        new("organize, playlist path links out of the root",
            "a two-disc game in place, organizer.m3u on, and its playlist's path a link to HOME/outside/list.m3u; scan, then 'organize --apply --yes'",
            "skip: 'Nintendo - Nintendo Entertainment System/Saga (USA).m3u' is already there (a link or a folder)", w => LinkAtPlaylist(w, existing: true)),
        new("organize, playlist path is a dangling link out of the root",
            "a two-disc game in place, organizer.m3u on, and its playlist's path a link to HOME/outside/none.m3u (no such file); scan, then 'organize --apply --yes'",
            "skip: 'Nintendo - Nintendo Entertainment System/Saga (USA).m3u' is already there (a link or a folder)", w => LinkAtPlaylist(w, existing: false)),
    ];

    private static CaseOutcome LinkAtPlaylist(HostileWorkspace workspace, bool existing)
    {
        var dat = new ClrMameProDat(Platform, "1");
        for (var disc = 1; disc <= 2; disc++)
        {
            var image = Data(6000, 80 + disc);
            workspace.Put($"{Platform}/Saga (USA) (Disc {disc}).iso", image);
            dat.Game($"Saga (USA) (Disc {disc})", $"Saga (USA) (Disc {disc}).iso", image);
        }

        var target = Path.Combine(workspace.Home, "outside", existing ? "list.m3u" : "none.m3u");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (existing)
        {
            File.WriteAllText(target, "someone else's list\n");
        }

        File.CreateSymbolicLink(Path.Combine(workspace.Library, Playlist), target);
        workspace.Configure("""  "organizer": { "template": "{platform}/{title}{ext}", "m3u": "on" }  """);
        var import = workspace.Cli("dat", "import", workspace.Dat("nes.dat", dat.ToString()));
        if (import.ExitCode != 0)
        {
            throw new InvalidOperationException("dat import failed: " + import.Error);
        }

        workspace.AddRoot();
        var scan = workspace.Scan();
        workspace.Baseline();
        var apply = workspace.Cli("organize", "--apply", "--yes", "--json");
        var dryRun = workspace.Cli("organize", "--dry-run", "--json");
        using var plan = JsonDocument.Parse(dryRun.Output);
        var line = plan.RootElement.GetProperty("items").EnumerateArray()
            .LastOrDefault(i => i.GetProperty("from").GetString() == Playlist);
        var row = line.ValueKind == JsonValueKind.Undefined
            ? null
            : workspace.Clean($"{line.GetProperty("action").GetString()}: {line.GetProperty("reason").GetString()}");
        return new CaseOutcome($"{scan.Describe()}; organize --apply exit {apply.ExitCode}", scan.Completed && apply.ExitCode == 0,
            "organize plan", row ?? "(nothing recorded)");
    }
}
