using Microsoft.Data.Sqlite;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Organizer;

/// <summary>
/// Plans the organizer has shown, in <c>organizer_plan</c>: a number and the fingerprint of the moves, so an apply can
/// move exactly what was shown. The same moves shown again (same root filter) keep their number.
/// </summary>
public sealed class OrganizerPlanStore(SqliteConnection connection)
{
    /// <summary>Remembers a plan that was just shown and returns it with its number.</summary>
    public ShownPlan Remember(string? rootName, string template, string fingerprint, PlanCounts counts)
    {
        var id = connection.Once("""
            INSERT INTO organizer_plan (root_name, template, fingerprint, moves, in_place, conflicts, skips, playlists, playlists_in_place, playlists_skipped, playlists_to_remove)
            VALUES ($root, $template, $fingerprint, $moves, $in_place, $conflicts, $skips, $playlists, $playlists_in_place, $playlists_skipped, $playlists_to_remove)
            ON CONFLICT (fingerprint, ifnull(root_name, '')) DO UPDATE SET
                shown_at = datetime('now'), template = excluded.template, in_place = excluded.in_place,
                conflicts = excluded.conflicts, skips = excluded.skips, playlists = excluded.playlists,
                playlists_in_place = excluded.playlists_in_place, playlists_skipped = excluded.playlists_skipped,
                playlists_to_remove = excluded.playlists_to_remove
            RETURNING plan_id
            """).Bind("$root", rootName).Bind("$template", template).Bind("$fingerprint", fingerprint).Bind("$moves", counts.Moves)
            .Bind("$in_place", counts.InPlace).Bind("$conflicts", counts.Conflicts).Bind("$skips", counts.Skips).Bind("$playlists", counts.Playlists)
            .Bind("$playlists_in_place", counts.PlaylistsInPlace).Bind("$playlists_skipped", counts.PlaylistsSkipped)
            .Bind("$playlists_to_remove", counts.PlaylistsToRemove).Long()!.Value;
        return new ShownPlan(id, rootName, template, fingerprint, counts.Moves, counts.InPlace, counts.Conflicts, counts.Skips,
            counts.Playlists, counts.PlaylistsInPlace, counts.PlaylistsSkipped, counts.PlaylistsToRemove);
    }

    /// <summary>The plan numbered <paramref name="planId"/>, or null.</summary>
    public ShownPlan? Find(long planId) =>
        connection.Once("""
            SELECT plan_id, root_name, template, fingerprint, moves, in_place, conflicts, skips, playlists, playlists_in_place, playlists_skipped, playlists_to_remove
            FROM organizer_plan WHERE plan_id = $id
            """).Bind("$id", planId)
            .First(row => new ShownPlan(row.Long("plan_id"), row.TextOrNull("root_name"), row.Text("template"), row.Text("fingerprint"),
                (int)row.Long("moves"), (int)row.Long("in_place"), (int)row.Long("conflicts"), (int)row.Long("skips"),
                (int)row.Long("playlists"), (int)row.Long("playlists_in_place"), (int)row.Long("playlists_skipped"), (int)row.Long("playlists_to_remove")));

    /// <summary>Records the run that applied the plan.</summary>
    public void MarkApplied(long planId, long logId) =>
        connection.Once("UPDATE organizer_plan SET applied_log_id = $log WHERE plan_id = $id").Bind("$id", planId).Bind("$log", logId).Execute();
}
