using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using RomCurator.Core.FileSystem;

namespace RomCurator.Core.Configuration;

/// <summary>
/// Changes one setting in the user config file and nothing else in it (other keys, the user's own values stay).
/// The new file is written beside the old one, loaded and validated with every layer, and only then renamed over
/// it: a bad value is refused with the loader's message and the file on disk is left as it was. Bad values the file
/// held already do not block fixing another one (or that one): they stay reported in <see cref="LoadedSettings.Problem"/>.
/// </summary>
public sealed class UserConfigEditor(LoadedSettings current, AppPaths? appPaths = null)
{
    /// <summary>Sets <paramref name="key"/> (e.g. archives.maxDepth) and returns the settings as they now load.</summary>
    public LoadedSettings Set(string key, string value)
    {
        var setting = EditableSettings.Find(key);
        var file = current.Paths.UserConfigFile;
        var document = ReadOrEmpty(file);
        var parts = setting.Key.Split('.');
        var section = document[parts[0]] as JsonObject ?? new JsonObject();
        document[parts[0]] = section;
        section[parts[1]] = Parse(setting, value);

        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        using var output = new ReplaceableOutput(file);
        if (output.WritesThrough)
        {
            throw new ConfigurationException($"config file '{file}' is not a regular file; settings can only be saved to one.");
        }

        using (var stream = output.Create())
        {
            stream.Write(Encoding.UTF8.GetBytes(Render(document)));
        }

        LoadedSettings loaded;
        try
        {
            loaded = new SettingsLoader(appPaths ?? new AppPaths()).LoadLenient(output.WritingPath, current.Paths.Database);
        }
        catch (ConfigurationException problem)
        {
            throw new ConfigurationException(problem.Message.Replace(output.WritingPath, file, StringComparison.Ordinal) + " (not saved)", problem);
        }

        if (loaded.Problem is { } refused && loaded.ProblemKeys.Contains(setting.Key, StringComparer.OrdinalIgnoreCase))
        {
            throw new ConfigurationException(refused.Replace(output.WritingPath, file, StringComparison.Ordinal) + " (not saved)");
        }

        output.Complete();
        // Other bad values the file already held stay reported (and replaced by their defaults) until they are fixed too.
        return loaded with
        {
            Paths = loaded.Paths with { UserConfigFile = file },
            Files = [file],
            Problem = loaded.Problem?.Replace(output.WritingPath, file, StringComparison.Ordinal),
        };
    }

    private static JsonObject ReadOrEmpty(string file)
    {
        if (!File.Exists(file))
        {
            return [];
        }

        try
        {
            return JsonNode.Parse(File.ReadAllText(file), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }) as JsonObject
                   ?? throw new ConfigurationException($"config file '{file}' does not hold a JSON object; fix it by hand first.");
        }
        catch (JsonException error)
        {
            throw new ConfigurationException($"config file '{file}' is not valid JSON ({error.Message}); fix it by hand first.", error);
        }
    }

    private static JsonNode Parse(EditableSetting setting, string text)
    {
        var value = text.Trim();
        return setting.Kind switch
        {
            SettingKind.Integer when long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
            SettingKind.Number when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number) => JsonValue.Create(number),
            SettingKind.Boolean when bool.TryParse(value, out var flag) => JsonValue.Create(flag),
            SettingKind.Text => JsonValue.Create(value),
            _ => throw new ConfigurationException($"{setting.Key} needs {Expected(setting.Kind)}, not '{text}'."),
        };
    }

    private static string Expected(SettingKind kind) => kind switch
    {
        SettingKind.Integer => "a whole number",
        SettingKind.Number => "a number like 0.9",
        _ => "true or false",
    };

    private static string Render(JsonObject document)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            document.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
