using RomCurator.Tests.Support;
using static RomCurator.Tests.Hostile.PlaylistSteps;

namespace RomCurator.Tests.Hostile;

/// <summary>
/// Files under a root that the organizer reads back, replaced by something that must never be opened: a multi-disc
/// playlist it wrote, taken by a FIFO (an open by name blocks for ever). The plan and the apply read it through the
/// checked open: the FIFO is refused unopened, kept, and the plan says why.
/// </summary>
public static class CheckedOpenCases
{
    public static IEnumerable<HostileCase> All() =>
    [
        new("organize, a FIFO took the name of a playlist it wrote",
            "a two-disc game in place, its playlist written by 'organize --apply' (organizer.m3u on) and scanned; the playlist replaced by a named pipe, " +
            "organizer.m3u turned off, then 'organize --dry-run --json' and 'organize --apply --yes --json'",
            "skip: a multi-disc playlist the organizer wrote, changed since the last scan", FifoAtWrittenPlaylist),
    ];

    private static CaseOutcome FifoAtWrittenPlaylist(HostileWorkspace workspace)
    {
        TwoDiscGame(workspace, 90);
        workspace.AddRoot();
        var scan = workspace.Scan();
        var written = workspace.Cli("organize", "--apply", "--yes", "--json");
        var playlist = Path.Combine(workspace.Library, Playlist);
        if (written.ExitCode != 0 || !File.Exists(playlist))
        {
            throw new InvalidOperationException("the playlist was not written: " + written.Error);
        }

        // Scanned: a file of the library the organizer knows it wrote (the plan removes it once organizer.m3u is off).
        var rescan = workspace.Scan();
        File.Delete(playlist);
        ExternalTool.Run("mkfifo", playlist);
        workspace.Configure("""  "organizer": { "template": "{platform}/{title}{ext}", "m3u": "off" }  """);
        workspace.Baseline();
        var dryRun = workspace.Cli("organize", "--dry-run", "--json");
        var apply = workspace.Cli("organize", "--apply", "--yes", "--json");
        return new CaseOutcome($"{rescan.Describe()}; organize --dry-run exit {dryRun.ExitCode}; organize --apply exit {apply.ExitCode}",
            scan.Completed && rescan.Completed && dryRun.ExitCode == 0 && apply.ExitCode == 0, "organize plan", PlanLine(workspace, dryRun) ?? "(nothing recorded)");
    }
}
