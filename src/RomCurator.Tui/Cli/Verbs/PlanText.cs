using RomCurator.Core.Organizer;
using RomCurator.Tui.Presentation;

namespace RomCurator.Tui.Cli.Verbs;

/// <summary>The organizer plan as a diff grouped by platform, read from its <see cref="PlanTable"/> group by group.</summary>
public static class PlanText
{
    private static readonly string[] Placed = [PlanActions.Move, PlanActions.InPlace, PlanActions.Conflict, PlanActions.Playlist, PlanActions.RemovePlaylist];
    private static readonly string[] Skipped = [PlanActions.Skip];

    /// <summary>Why a placed file goes where it goes, when that is not simply the template (an unverified file): "  (why)".</summary>
    private static string Note(PlannedMove item) => item.Reason is { } why ? $"  ({why})" : "";

    /// <summary>
    /// The playlist lines counted apart from the files (", 1 multi-disc playlist to write, 2 playlists already in place,
    /// 1 not written, 1 to remove"), only the counts that are not 0; empty when the plan has no playlist line.
    /// </summary>
    public static string PlaylistCounts(PlanCounts counts)
    {
        var parts = new List<string>();
        if (counts.Playlists > 0)
        {
            parts.Add($"{counts.Playlists} multi-disc {Units.Plural(counts.Playlists, "playlist")} to write");
        }

        if (counts.PlaylistsInPlace > 0)
        {
            parts.Add($"{counts.PlaylistsInPlace} {Units.Plural(counts.PlaylistsInPlace, "playlist")} already in place");
        }

        if (counts.PlaylistsSkipped > 0)
        {
            parts.Add($"{counts.PlaylistsSkipped} {Units.Plural(counts.PlaylistsSkipped, "playlist")} not written");
        }

        if (counts.PlaylistsToRemove > 0)
        {
            parts.Add($"{counts.PlaylistsToRemove} {Units.Plural(counts.PlaylistsToRemove, "playlist")} to remove");
        }

        return parts.Count == 0 ? "" : ", " + string.Join(", ", parts);
    }

    public static IEnumerable<string> Render(PlanTable plan)
    {
        var counts = plan.Counts;
        yield return $"organizer plan (dry run, nothing moved) with template '{plan.Template}':";
        yield return $"  {counts.Moves} to move, {counts.FilesInPlace} already in place, {counts.Conflicts} {Units.Plural(counts.Conflicts, "conflict")}, {counts.FilesSkipped} skipped" +
                     PlaylistCounts(counts);
        foreach (var group in plan.Groups(Placed))
        {
            yield return "";
            yield return group.Platform + ":";
            foreach (var item in plan.Lines(Placed, group.Platform))
            {
                yield return item.Action switch
                {
                    PlanActions.Move => $"  {item.Root}: {item.From} → {item.To}{Note(item)}",
                    PlanActions.InPlace => $"  {item.Root}: {item.From} (in place){Note(item)}",
                    PlanActions.Playlist => $"  {item.Root}: + {item.To} (new {item.Reason})",
                    PlanActions.RemovePlaylist => $"  {item.Root}: x {item.From} (remove: {item.Reason})",
                    _ => $"  {item.Root}: {item.From} → {item.To}  CONFLICT: {item.Reason}",
                };
            }
        }

        if (counts.Skips > 0)
        {
            yield return "";
            yield return "skipped:";
            foreach (var item in plan.Lines(Skipped))
            {
                yield return $"  {item.Root}: {item.From}: {item.Reason}";
            }
        }
    }
}
