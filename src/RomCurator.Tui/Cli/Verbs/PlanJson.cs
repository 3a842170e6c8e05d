using System.Text.Json;
using RomCurator.Core.Organizer;
using RomCurator.Core.Serialization;

namespace RomCurator.Tui.Cli.Verbs;

/// <summary>
/// `organize --dry-run --json`: the plan object ({"template", "items", "moves", "in_place", "conflicts", "skips"}, the
/// bytes serializing an <see cref="OrganizerPlan"/> gives, and "playlists": multi-disc playlists to write, with
/// "playlists_in_place" and "playlists_skipped": how many of in_place and skips are playlist lines; "playlists_to_remove":
/// playlists the organizer wrote that the apply removes) written line by line as the plan streams, counts last, then
/// the members a trailer adds once the plan has streamed (plan_id, recovery_due).
/// </summary>
public static class PlanJson
{
    public static void Write(TextWriter output, string template, IEnumerable<PlannedMove> lines, Func<PlanCounts, string>? trailer = null)
    {
        var counts = new PlanCounts();
        output.Write("{\"template\":" + JsonSerializer.Serialize(template, ReportJsonContext.Default.String) + ",\"items\":");
        JsonRows.WriteArray(output, lines.Select(counts.Count), ReportJsonContext.Default.PlannedMove);
        output.WriteLine($",\"moves\":{counts.Moves},\"in_place\":{counts.InPlace},\"conflicts\":{counts.Conflicts},\"skips\":{counts.Skips}," +
                         $"\"playlists\":{counts.Playlists},\"playlists_in_place\":{counts.PlaylistsInPlace},\"playlists_skipped\":{counts.PlaylistsSkipped}," +
                         $"\"playlists_to_remove\":{counts.PlaylistsToRemove}" +
                         $"{trailer?.Invoke(counts)}}}");
    }
}
