using static RomCurator.Tests.Hostile.PlaylistSteps;

namespace RomCurator.Tests.Hostile;

/// <summary>
/// The organizer's multi-disc playlists (organizer.m3u on) at the edge of the root: a two-disc game already in place,
/// and at its playlist's path a symbolic link out of the root, to a file or to nothing. The playlist is never written
/// through the link (nothing outside the data folder may change) and the plan says why.
/// </summary>
public static class OrganizerPlaylistCases
{
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
        TwoDiscGame(workspace, 80);
        var target = Path.Combine(workspace.Home, "outside", existing ? "list.m3u" : "none.m3u");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (existing)
        {
            File.WriteAllText(target, "someone else's list\n");
        }

        File.CreateSymbolicLink(Path.Combine(workspace.Library, Playlist), target);
        workspace.AddRoot();
        var scan = workspace.Scan();
        workspace.Baseline();
        var apply = workspace.Cli("organize", "--apply", "--yes", "--json");
        var dryRun = workspace.Cli("organize", "--dry-run", "--json");
        return new CaseOutcome($"{scan.Describe()}; organize --apply exit {apply.ExitCode}", scan.Completed && apply.ExitCode == 0,
            "organize plan", PlanLine(workspace, dryRun) ?? "(nothing recorded)");
    }
}
