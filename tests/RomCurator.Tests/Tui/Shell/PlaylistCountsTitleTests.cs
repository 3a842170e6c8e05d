using RomCurator.Core.Organizer;
using RomCurator.Tui.Cli.Verbs;
using RomCurator.Tui.Shell.Panes;

namespace RomCurator.Tests.Tui.Shell;

/// <summary>
/// The plan's header (the CLI text summary and the Organizer pane's title) counts the playlist lines apart: a playlist
/// not written or already in place is never counted as a skipped or in-place file; one to remove has its own count and row.
/// </summary>
public sealed class PlaylistCountsTitleTests
{
    [Test]
    public async Task Playlist_lines_are_counted_apart_from_the_files_in_place_and_skipped()
    {
        var counts = new PlanCounts();
        counts.Count(new PlannedMove(1, "lib", "psx", "psx/a.iso", "psx/a.iso", PlanActions.InPlace, null));
        counts.Count(new PlannedMove(2, "lib", "psx", "x.bin", null, PlanActions.Skip, "no DAT entry matches it"));
        counts.Count(new PlannedMove(0, "lib", "psx", "psx/A.m3u", "psx/A.m3u", PlanActions.InPlace, "already there", "a\n"));
        counts.Count(new PlannedMove(0, "lib", "psx", "psx/B.m3u", null, PlanActions.Skip, "a different file is already there"));
        counts.Count(new PlannedMove(0, "lib", "psx", "psx/C.m3u", null, PlanActions.Skip, "a link"));
        var removal = new PlannedMove(0, "lib", "psx", "psx/D.m3u", null, PlanActions.RemovePlaylist, OwnedPlaylists.RemovalNote, "d\n");
        counts.Count(removal);

        var title = PlanRows.Title("t", counts, PlanView.Changes);
        var summary = PlanText.PlaylistCounts(counts);

        await Assert.That(title).EndsWith("0 to move (→), 1 in place (=), 0 conflicts (!), 1 skipped (-), 1 playlist in place, 2 playlists not written, 1 playlist to remove (x)");
        await Assert.That(summary).IsEqualTo(", 1 playlist already in place, 2 playlists not written, 1 playlist to remove");
        await Assert.That(counts.Skips).IsEqualTo(3).Because("--json keeps skips with the playlist lines, as before");
        await Assert.That(counts.HasWork).IsTrue();
        await Assert.That(PlanRows.Row(removal, 78).Text).StartsWith("  x lib: psx/D.m3u");
        await Assert.That(PlanRows.Actions(PlanView.Changes)).Contains(PlanActions.RemovePlaylist);
        await Assert.That(PlanRows.Details(removal, "/nas", 80)[0]).StartsWith("x Remove playlist:");
    }
}
