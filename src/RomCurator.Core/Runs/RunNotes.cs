using System.Text.Json;

namespace RomCurator.Core.Runs;

/// <summary>
/// Turns a run's JSON summary (<c>import_log.notes</c>) into readable "key: value" lines without knowing its type:
/// numbers and strings as they are, lists as their items, one level of nesting indented.
/// </summary>
public static class RunNotes
{
    public static IReadOnlyList<string> Lines(string? notes)
    {
        if (string.IsNullOrWhiteSpace(notes))
        {
            return ["(no summary recorded: the run is going, or it stopped before writing one)"];
        }

        try
        {
            using var document = JsonDocument.Parse(notes);
            var lines = new List<string>();
            Append(lines, document.RootElement, "");
            return lines;
        }
        catch (JsonException)
        {
            return [notes];
        }
    }

    private static void Append(List<string> lines, JsonElement element, string indent)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array && HasItems(property.Value))
                    {
                        lines.Add($"{indent}{property.Name}:");
                        Append(lines, property.Value, indent + "  ");
                    }
                    else
                    {
                        lines.Add($"{indent}{property.Name}: {Scalar(property.Value)}");
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.Object)
                    {
                        lines.Add(indent + "- " + string.Join("  ", item.EnumerateObject().Select(p => $"{p.Name}: {Scalar(p.Value)}")));
                    }
                    else
                    {
                        lines.Add($"{indent}- {Scalar(item)}");
                    }
                }

                break;
            default:
                lines.Add(indent + Scalar(element));
                break;
        }
    }

    private static bool HasItems(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object ? element.EnumerateObject().Any() : element.GetArrayLength() > 0;

    private static string Scalar(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString() ?? "",
        JsonValueKind.Array => element.GetArrayLength() == 0 ? "none" : element.GetRawText(),
        JsonValueKind.Object => element.EnumerateObject().Any() ? element.GetRawText() : "none",
        JsonValueKind.Null => "-",
        _ => element.GetRawText(),
    };
}
