using System.Text.Json;

namespace RomCurator.Tui.Presentation;

/// <summary>
/// A run's recorded summary (<c>import_log.notes</c>, JSON) as sentences with units, by job: scans, DAT imports,
/// matching and organizer runs. Any other summary, or one that is not JSON, falls back to "key: value" lines.
/// </summary>
public static class RunSummaryText
{
    public static IReadOnlyList<string> Lines(string job, string? notes)
    {
        if (string.IsNullOrWhiteSpace(notes))
        {
            return ["No summary was recorded: the run is going, or it stopped before writing one."];
        }

        try
        {
            using var document = JsonDocument.Parse(notes);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return RomCurator.Core.Runs.RunNotes.Lines(notes);
            }

            var values = new Values(root);
            return job switch
            {
                "file_ingestion" => Scan(values),
                "dat_import" => DatImport(values),
                "matching" => Match(values),
                "organizer" => Organize(values),
                _ => RomCurator.Core.Runs.RunNotes.Lines(notes),
            };
        }
        catch (JsonException)
        {
            return RomCurator.Core.Runs.RunNotes.Lines(notes);
        }
    }

    private static List<string> Scan(Values v)
    {
        var lines = new List<string>
        {
            $"{(v.Flag("resumed") ? "Resumed scan" : "Scan")} of {v.List("roots")}, {JobNames.Status(v.Text("status"))} in {Units.Duration(v.Seconds("duration_s"))}.",
            $"Found {Units.Count(v.Number("files_seen"), "file")}: {v.Number("files_new"):N0} new, {v.Number("files_changed"):N0} changed, {v.Number("files_unchanged"):N0} unchanged, {v.Number("files_missing"):N0} missing.",
            $"Read {Units.Size(v.Number("bytes_hashed"))} from {Units.Count(v.Number("files_hashed"), "file")}.",
            $"Opened {Units.Count(v.Number("archives_expanded"), "archive")} with {Units.Count(v.Number("archive_members"), "member")}" +
                (v.Number("passwords_required") > 0 ? $"; {Units.Count(v.Number("passwords_required"), "archive")} need a password." : "."),
            $"Matched {v.Number("matched_hash"):N0} by hash and {MatchWording.ByTitle(v.Number("matched_title"), v.Number("matched_title_in_review"))}; {Units.Count(v.Number("candidates"), "suggestion")} for review.",
        };
        lines.AddRange(Problems(v));
        return lines;
    }

    private static List<string> DatImport(Values v)
    {
        var lines = new List<string>
        {
            $"DAT '{v.Text("dat_name")}' {v.Text("version")} ({v.Text("format")}) for {v.Text("platform", "no platform")}, {JobNames.Status(v.Text("status"))} in {Units.Duration(v.Seconds("duration_s"))}.",
            v.Flag("unchanged") ? "Already imported: nothing changed."
                : $"{Units.Count(v.Number("games"), "game")}, {Units.Count(v.Number("roms"), "ROM")}, {Units.Count(v.Number("disks"), "disk")}; entries {v.Number("entries_new"):N0} new, {v.Number("entries_updated"):N0} updated, {v.Number("entries_removed"):N0} removed.",
            "From " + v.Text("file"),
        };
        if (v.Text("error", "") is { Length: > 0 } error)
        {
            lines.Add("Problem: " + error);
        }

        return lines;
    }

    private static List<string> Match(Values v) =>
    [
        $"Matching {JobNames.Status(v.Text("status"))} in {Units.Duration(v.Seconds("duration_s"))}.",
        $"Matched {v.Number("matched_hash"):N0} by hash and {MatchWording.ByTitle(v.Number("matched_title"), v.Number("matched_title_in_review"))}; {Units.Count(v.Number("candidates"), "suggestion")} for review; {Units.Count(v.Number("releases_linked"), "release")} linked.",
    ];

    private static List<string> Organize(Values v)
    {
        var lines = new List<string>
        {
            $"Organizer run ({v.Text("mode")}) {JobNames.Status(v.Text("status"))}.",
            $"Moved {Units.Count(v.Number("moved"), "file")}; {v.Number("in_place"):N0} already in place, {v.Number("conflicts"):N0} conflicts, {v.Number("skipped"):N0} skipped, {v.Number("failed"):N0} failed" +
                (v.Number("recovered") > 0 ? $", {v.Number("recovered"):N0} recovered." : "."),
        };
        lines.AddRange(v.Items("failures").Select(f => "Failed: " + f));
        return lines;
    }

    private static IEnumerable<string> Problems(Values v)
    {
        var errors = v.Number("errors");
        if (errors == 0)
        {
            yield return "No problems.";
            yield break;
        }

        yield return Units.Count(errors, "problem") + ":";
        foreach (var problem in v.Objects("problems"))
        {
            yield return $"  {Text(problem, "kind")}: {Text(problem, "path")}: {Text(problem, "message")}";
        }
    }

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : "";

    /// <summary>Reads named values from a summary object, with a neutral default for a missing or odd one.</summary>
    private sealed class Values(JsonElement root)
    {
        public long Number(string name) =>
            root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) ? number : 0;

        public TimeSpan Seconds(string name) =>
            root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? TimeSpan.FromSeconds(value.GetDouble()) : TimeSpan.Zero;

        public string Text(string name, string missing = "-") =>
            root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? missing
            : root.TryGetProperty(name, out value) && value.ValueKind == JsonValueKind.Number ? value.GetRawText()
            : missing;

        public bool Flag(string name) => root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;

        public string List(string name) => Items(name) is { Count: > 0 } items ? string.Join(", ", items) : "every root";

        public List<string> Items(string name) =>
            root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
                ? [.. value.EnumerateArray().Select(i => i.ValueKind == JsonValueKind.String ? i.GetString() ?? "" : i.GetRawText())]
                : [];

        public IEnumerable<JsonElement> Objects(string name) =>
            root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
                ? value.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object).ToList()
                : [];
    }
}
