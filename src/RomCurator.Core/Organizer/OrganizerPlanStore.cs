using Microsoft.Data.Sqlite;

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
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO organizer_plan (root_name, template, fingerprint, moves, in_place, conflicts, skips)
            VALUES ($root, $template, $fingerprint, $moves, $in_place, $conflicts, $skips)
            ON CONFLICT (fingerprint, ifnull(root_name, '')) DO UPDATE SET
                shown_at = datetime('now'), template = excluded.template, in_place = excluded.in_place,
                conflicts = excluded.conflicts, skips = excluded.skips
            RETURNING plan_id
            """;
        command.Parameters.AddWithValue("$root", (object?)rootName ?? DBNull.Value);
        command.Parameters.AddWithValue("$template", template);
        command.Parameters.AddWithValue("$fingerprint", fingerprint);
        command.Parameters.AddWithValue("$moves", counts.Moves);
        command.Parameters.AddWithValue("$in_place", counts.InPlace);
        command.Parameters.AddWithValue("$conflicts", counts.Conflicts);
        command.Parameters.AddWithValue("$skips", counts.Skips);
        var id = (long)command.ExecuteScalar()!;
        return new ShownPlan(id, rootName, template, fingerprint, counts.Moves, counts.InPlace, counts.Conflicts, counts.Skips);
    }

    /// <summary>The plan numbered <paramref name="planId"/>, or null.</summary>
    public ShownPlan? Find(long planId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT plan_id, root_name, template, fingerprint, moves, in_place, conflicts, skips
            FROM organizer_plan WHERE plan_id = $id
            """;
        command.Parameters.AddWithValue("$id", planId);
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new ShownPlan(reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.GetInt32(4), reader.GetInt32(5), reader.GetInt32(6), reader.GetInt32(7))
            : null;
    }

    /// <summary>Records the run that applied the plan.</summary>
    public void MarkApplied(long planId, long logId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE organizer_plan SET applied_log_id = $log WHERE plan_id = $id";
        command.Parameters.AddWithValue("$id", planId);
        command.Parameters.AddWithValue("$log", logId);
        command.ExecuteNonQuery();
    }
}
