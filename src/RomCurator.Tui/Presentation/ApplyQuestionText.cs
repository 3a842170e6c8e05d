using RomCurator.Core.Organizer;

namespace RomCurator.Tui.Presentation;

/// <summary>
/// The question before an organizer apply, in the same words on the command line and in the Organizer pane: the files
/// it moves and the playlists it writes, then what stays — files (conflicts, skipped) apart from multi-disc playlists
/// (not written, already in place), so a playlist line is never counted as a skipped file.
/// </summary>
public static class ApplyQuestionText
{
    /// <summary>"Move … as planned (…)?" for the plan made now, or "Apply plan N: move … (…)?" for plan <paramref name="shownId"/> shown earlier.</summary>
    public static string Of(PlanCounts plan, long? shownId)
    {
        var writes = plan.Playlists > 0 ? $" and write {plan.Playlists} multi-disc {Units.Plural(plan.Playlists, "playlist")}" : "";
        writes += plan.PlaylistsToRemove > 0
            ? $" and remove {plan.PlaylistsToRemove} {Units.Plural(plan.PlaylistsToRemove, "playlist")} the organizer wrote (undo puts {(plan.PlaylistsToRemove == 1 ? "it" : "them")} back)"
            : "";
        var stays = $"{plan.Conflicts} {Units.Plural(plan.Conflicts, "conflict")} and {plan.FilesSkipped} skipped {Units.Plural(plan.FilesSkipped, "file")} stay where they are";
        var playlistsLeft = new List<string>();
        if (plan.PlaylistsSkipped > 0)
        {
            playlistsLeft.Add($"{plan.PlaylistsSkipped} multi-disc {Units.Plural(plan.PlaylistsSkipped, "playlist")} not written (see the plan for why)");
        }

        if (plan.PlaylistsInPlace > 0)
        {
            playlistsLeft.Add($"{plan.PlaylistsInPlace} {Units.Plural(plan.PlaylistsInPlace, "playlist")} already in place");
        }

        var playlists = playlistsLeft.Count > 0 ? "; " + string.Join(", ", playlistsLeft) : "";
        var moves = $"{plan.Moves} {Units.Plural(plan.Moves, "file")}{writes}";
        return shownId is { } id ? $"Apply plan {id}: move {moves} ({stays}{playlists})?" : $"Move {moves} as planned ({stays}{playlists})?";
    }
}
