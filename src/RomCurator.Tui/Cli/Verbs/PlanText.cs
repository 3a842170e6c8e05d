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

    public static IEnumerable<string> Render(PlanTable plan)
    {
        var counts = plan.Counts;
        yield return $"organizer plan (dry run, nothing moved) with template '{plan.Template}':";
        yield return $"  {counts.Moves} to move, {counts.InPlace} already in place, {counts.Conflicts} {Units.Plural(counts.Conflicts, "conflict")}, {counts.Skips} skipped" +
                     (counts.Playlists > 0 ? $", {counts.Playlists} multi-disc {Units.Plural(counts.Playlists, "playlist")} to write" : "");
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
