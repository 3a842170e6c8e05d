using System.Text.Json;
using System.Text.Json.Nodes;

namespace RomCurator.Core.Configuration;

/// <summary>
/// Checks that a config file has the settings' shape, which the configuration system does not: it silently drops a
/// list or an object given where one value belongs (<c>"hashWorkers": [1, 2]</c>), a section given as one value
/// (<c>"scan": 5</c>), and a list given as one value or holding lists and objects (<c>"ignoreGlobs": "*.txt"</c>), so
/// the default applies while the curator believes the file's value does. Each is one problem naming its key; null
/// means "not set". Runs once the file has bound without an unknown key, so every key it sees is a setting.
/// </summary>
public static class SettingsShape
{
    /// <summary>The settings that are lists of text; every other setting is one value inside a section.</summary>
    private static readonly HashSet<string> Lists = new(StringComparer.OrdinalIgnoreCase) { "scan.ignoreGlobs" };

    public static IReadOnlyList<SettingProblem> Check(byte[] json)
    {
        var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
        try
        {
            return JsonNode.Parse(json, documentOptions: options) is JsonObject root ? Check(root) : [];
        }
        catch (Exception error) when (error is JsonException or ArgumentException)
        {
            // Not JSON (already refused by the syntax check) or a key given twice (merged by the configuration system).
            return [];
        }
    }

    private static List<SettingProblem> Check(JsonObject root)
    {
        var problems = new List<SettingProblem>();
        foreach (var (sectionName, section) in root)
        {
            var sectionKey = Dotted(sectionName);
            if (section is null)
            {
                continue;
            }

            if (section is not JsonObject settings)
            {
                problems.Add(new SettingProblem($"{sectionKey} must be a group of settings in braces ({{ … }}), not {Kind(section)}", sectionKey));
                continue;
            }

            foreach (var (name, value) in settings)
            {
                var key = $"{sectionKey}.{Dotted(name)}";
                if (Problem(key, value) is { } problem)
                {
                    problems.Add(new SettingProblem(problem, key));
                }
            }
        }

        return problems;
    }

    private static string? Problem(string key, JsonNode? value)
    {
        if (value is null)
        {
            return null;
        }

        if (!Lists.Contains(key))
        {
            return value is JsonObject or JsonArray ? $"{key} must be one value, not {Kind(value)}" : null;
        }

        if (value is not JsonArray items)
        {
            return $"{key} must be a list in brackets ([\"…\", \"…\"]), not {Kind(value)}";
        }

        var odd = items.Where(item => item is null || item.GetValueKind() != JsonValueKind.String).Take(1).ToList();
        return odd.Count > 0 ? $"{key} must hold only text in quotes, not {Kind(odd[0])}" : null;
    }

    private static string Kind(JsonNode? node) => node?.GetValueKind() switch
    {
        null or JsonValueKind.Null => "null",
        JsonValueKind.Object => "a group in braces",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => $"the text '{Shortened(node.GetValue<string>())}'",
        JsonValueKind.Number => $"the number {Shortened(node.ToJsonString())}",
        _ => Shortened(node.ToJsonString()),
    };

    private static string Shortened(string text) => text.Length <= 60 ? text : text[..40] + "…";

    private static string Dotted(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
