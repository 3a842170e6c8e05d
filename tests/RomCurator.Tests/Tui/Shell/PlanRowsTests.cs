using RomCurator.Core.Organizer;
using RomCurator.Tui.Shell.Panes;

namespace RomCurator.Tests.Tui.Shell;

/// <summary>Plan lines fit the width with both ends of each path readable; skips and conflicts say why.</summary>
public sealed class PlanRowsTests
{
    private const string LongFrom = "incoming/Some Very Long Folder Name From A Torrent [No-Intro 2024-01-01]/Space Knife (World) (v1.1).hex";
    private const string LongTo = "Arduboy Inc - Arduboy/World/Shooter/Space Knife/Space Knife (World) (v1.1).hex";

    [Test]
    [Arguments(PlanActions.Move)]
    [Arguments(PlanActions.InPlace)]
    [Arguments(PlanActions.Conflict)]
    [Arguments(PlanActions.Skip)]
    public async Task A_long_line_fits_80_columns_with_the_file_names_kept(string action)
    {
        var item = new PlannedMove(1, "lib", "Arduboy Inc - Arduboy", LongFrom, action == PlanActions.Skip ? null : LongTo, action,
            action is PlanActions.Skip or PlanActions.Conflict ? "not linked to a release: no DAT entry matches it" : null);

        foreach (var width in new[] { 78, 118 })
        {
            var text = PlanRows.Row(item, width).Text;

            await Assert.That(text.Length).IsLessThanOrEqualTo(width);
            await Assert.That(text.Contains('…')).IsEqualTo(width == 78 || action != PlanActions.InPlace);
            await Assert.That(text).Contains("(v1.1).hex");
            await Assert.That(text).StartsWith("  ");
        }

        if (action is PlanActions.Skip or PlanActions.Conflict)
        {
            await Assert.That(PlanRows.Row(item, 78).Text).Contains("  (not linked");
            await Assert.That(PlanRows.Row(item, 118).Text.EndsWith("(not linked to a release: no DAT entry matches it)")).IsEqualTo(action == PlanActions.Skip);
            await Assert.That(PlanRows.Row(item, 118).Text).Contains("(not linked to a release: no DAT");
        }
    }

    [Test]
    public async Task The_note_and_the_full_view_give_both_paths_whole()
    {
        var item = new PlannedMove(1, "lib", "Arduboy Inc - Arduboy", LongFrom, LongTo, PlanActions.Move, null);

        var note = PlanRows.Note(item, "/mnt/nas/roms");
        var full = PlanRows.Details(item, "/mnt/nas/roms", 40);

        await Assert.That(note).IsEqualTo($"from /mnt/nas/roms/{LongFrom}\nto   /mnt/nas/roms/{LongTo}");
        await Assert.That(full.All(l => l.Length <= 40)).IsTrue();
        await Assert.That(full.Count).IsGreaterThan(6);
        var joined = string.Concat(full.Select(l => l.Length > 10 && l[..10].Trim() is "" or "From" or "To" ? l[10..] : "|"));
        await Assert.That(joined).Contains($"/mnt/nas/roms/{LongFrom}/mnt/nas/roms/{LongTo}");
    }

    [Test]
    public async Task A_playlist_line_is_marked_plus_and_shown_in_the_changes_view()
    {
        var item = new PlannedMove(0, "lib", "Sony - PlayStation", "psx/Final Game (USA).m3u", "psx/Final Game (USA).m3u", PlanActions.Playlist,
            "multi-disc playlist of 2 discs, in disc order: Final Game (USA) (Disc 1).chd, Final Game (USA) (Disc 2).chd",
            "Final Game (USA) (Disc 1).chd\nFinal Game (USA) (Disc 2).chd\n");
        var counts = new PlanCounts();
        counts.Count(item);

        var row = PlanRows.Row(item, 78).Text;

        await Assert.That(row).StartsWith("  + lib: psx/Final Game (USA).m3u");
        await Assert.That(row.Length).IsLessThanOrEqualTo(78);
        await Assert.That(PlanRows.Note(item, "/nas")).IsEqualTo("playlist /nas/psx/Final Game (USA).m3u\nwrites: " + item.Reason);
        await Assert.That(PlanRows.Details(item, "/nas", 80)[0]).StartsWith("+ Playlist:");
        await Assert.That(PlanRows.Actions(PlanView.Changes)).Contains(PlanActions.Playlist);
        await Assert.That(PlanRows.Actions(PlanView.Problems)).DoesNotContain(PlanActions.Playlist);
        await Assert.That(PlanRows.Title("t", counts, PlanView.Changes)).EndsWith(", 1 playlist (+)");
        await Assert.That(counts.HasWork).IsTrue();
        await Assert.That(counts.Total).IsEqualTo(0);
    }
}
