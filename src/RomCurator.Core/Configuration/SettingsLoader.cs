using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;

namespace RomCurator.Core.Configuration;

/// <summary>
/// Builds the effective settings from three layers: the defaults, written once in the settings classes
/// (<see cref="RomCuratorSettings"/> and its sections), then the user file
/// (<c>$XDG_CONFIG_HOME/romcurator/config.json</c>, or the file given with <c>--config</c> instead), then
/// command-line flags such as <c>--db</c>.
/// </summary>
public sealed class SettingsLoader(AppPaths appPaths)
{
    private const string DefaultsName = "built-in defaults";
    private const long MaxConfigBytes = 1024 * 1024;

    public SettingsLoader() : this(new AppPaths())
    {
    }

    /// <summary>The settings, or <see cref="ConfigurationException"/> naming the file and every bad key.</summary>
    public LoadedSettings Load(string? configFile = null, string? databaseFile = null)
    {
        var loaded = Load(configFile, databaseFile, lenient: false);
        return loaded.Problem is { } problem ? throw new ConfigurationException(problem) : loaded;
    }

    /// <summary>
    /// The settings with every bad value in the config file replaced by its default, and the problems in
    /// <see cref="LoadedSettings.Problem"/> (for the full-screen interface and `config set`, which must keep working
    /// to let the curator fix the file). A file that is not JSON, or cannot be read, still throws.
    /// </summary>
    public LoadedSettings LoadLenient(string? configFile = null, string? databaseFile = null) => Load(configFile, databaseFile, lenient: true);

    private LoadedSettings Load(string? configFile, string? databaseFile, bool lenient)
    {
        var layers = new List<ConfigLayer>();

        var userFile = configFile is null ? appPaths.UserConfigFile : appPaths.Expand(configFile);
        if (Directory.Exists(userFile))
        {
            throw new ConfigurationException($"config file '{userFile}' is a folder, not a file.");
        }

        if (configFile is not null && !File.Exists(userFile))
        {
            throw new ConfigurationException($"config file '{userFile}' does not exist{FileSystem.NonUtf8Names.Explain(userFile)}.");
        }

        if (File.Exists(userFile))
        {
            if (!FileSystem.FileKind.IsRegularFile(userFile))
            {
                throw new ConfigurationException($"config file '{userFile}' is not a regular file.");
            }

            layers.Add(new ConfigLayer(userFile, ReadFile(userFile)));
        }

        foreach (var layer in layers)
        {
            CheckSyntax(layer);
        }

        var (settings, problems) = BindAndValidate(layers);
        var ignored = new List<SettingProblem>();
        while (problems.Count > 0 && layers.Count > 0 && WithoutKeys(layers[^1], problems) is { } fallback)
        {
            // The bad values go back to their defaults (the file is left as it is) and the rest is checked again, so
            // one message names every bad key.
            ignored.AddRange(problems);
            layers[^1] = fallback;
            (settings, problems) = BindAndValidate(layers);
        }

        if (problems.Count > 0 || settings is null || (!lenient && ignored.Count > 0))
        {
            // Strict, or nothing left to fall back from (a problem of keys the file does not hold).
            throw new ConfigurationException($"{Describe(layers)}: {string.Join("; ", ignored.Concat(problems))}");
        }

        return Result(settings, layers, userFile, databaseFile, ignored);
    }

    private LoadedSettings Result(RomCuratorSettings settings, List<ConfigLayer> layers, string userFile, string? databaseFile, List<SettingProblem> problems)
    {
        var problem = problems.Count == 0
            ? null
            : $"{Describe(layers)}: {string.Join("; ", problems)}";
        var paths = new ResolvedPaths(
            Database: appPaths.Expand(databaseFile ?? OrDefault(settings.Paths.Database, appPaths.DefaultDatabase)),
            Logs: appPaths.Expand(OrDefault(settings.Paths.Logs, appPaths.DefaultLogs)),
            Temp: appPaths.Expand(OrDefault(settings.Paths.Temp, appPaths.DefaultTemp)),
            UserConfigFile: userFile);

        return new LoadedSettings(settings, paths, layers.Select(l => l.Name).ToList())
        {
            Problem = problem,
            ProblemKeys = problems.SelectMany(p => p.Keys).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
        };
    }

    /// <summary>Binds the layers and checks every value; a value that does not bind is one problem (settings null).</summary>
    private (RomCuratorSettings? Settings, List<SettingProblem> Problems) BindAndValidate(List<ConfigLayer> layers)
    {
        RomCuratorSettings settings;
        try
        {
            settings = Bind(layers);
        }
        catch (InvalidOperationException error)
        {
            return (null, [new SettingProblem(BindErrorText.Describe(error.Message), [.. BindErrorText.Keys(error.Message)])]);
        }

        return (settings, [.. layers.SelectMany(layer => SettingsShape.Check(layer.Json)), .. SettingsValidator.Validate(settings),
            .. SettingsPathRules.Validate(settings, appPaths)]);
    }

    private static byte[] ReadFile(string path)
    {
        try
        {
            var size = new FileInfo(path).Length;
            if (size > MaxConfigBytes)
            {
                throw new ConfigurationException($"config file '{path}' is {size} bytes, more than a config file can be ({MaxConfigBytes}); is it the right file?");
            }

            return File.ReadAllBytes(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException($"config file '{path}' cannot be read: {error.Message}", error);
        }
    }

    private static void CheckSyntax(ConfigLayer layer)
    {
        try
        {
            new ConfigurationBuilder().AddJsonStream(new MemoryStream(layer.Json)).Build();
        }
        catch (Exception error) when (error is FormatException or JsonException or InvalidDataException)
        {
            var reason = (error as JsonException ?? error.InnerException as JsonException) is { } json ? Describe(json) : error.Message;
            throw new ConfigurationException($"{Describe(layer)} is not valid JSON: {reason}", error);
        }
    }

    private static string Describe(JsonException error) =>
        error.LineNumber is { } line
            ? $"line {line + 1}, column {(error.BytePositionInLine ?? 0) + 1}: {FirstSentence(error.Message)}"
            : FirstSentence(error.Message);

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        }

        return (cut < 0 ? message : message[..cut]).Trim();
    }

    private static RomCuratorSettings Bind(List<ConfigLayer> layers)
    {
        var builder = new ConfigurationBuilder();
        foreach (var layer in layers)
        {
            builder.AddJsonStream(new MemoryStream(layer.Json));
        }

        var root = builder.Build();
        var settings = new RomCuratorSettings();
        root.Bind(settings, options => options.ErrorOnUnknownConfiguration = true);

        // Lists are taken whole from the topmost layer that sets them; the configuration system would
        // otherwise merge them item by item with the defaults.
        settings.Scan.IgnoreGlobs = TopmostList(layers, "scan:ignoreGlobs") ?? new ScanSettings().IgnoreGlobs;
        return settings;
    }

    private static List<string>? TopmostList(List<ConfigLayer> layers, string key)
    {
        for (var i = layers.Count - 1; i >= 0; i--)
        {
            var section = new ConfigurationBuilder().AddJsonStream(new MemoryStream(layers[i].Json)).Build().GetSection(key);
            if (section.Exists())
            {
                return section.GetChildren().Select(child => child.Value).OfType<string>().ToList();
            }
        }

        return null;
    }

    /// <summary>
    /// The layer without the keys the problems name, or null when it holds none of them (nothing to fall back from) or
    /// names one object key twice (which the configuration system merges but a JSON document cannot hold).
    /// </summary>
    private static ConfigLayer? WithoutKeys(ConfigLayer layer, List<SettingProblem> problems)
    {
        try
        {
            return WithoutKeysOnce(layer, problems);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static ConfigLayer? WithoutKeysOnce(ConfigLayer layer, List<SettingProblem> problems)
    {
        var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
        if (JsonNode.Parse(layer.Json, documentOptions: options) is not JsonObject document)
        {
            return null;
        }

        var removed = 0;
        foreach (var key in problems.SelectMany(p => p.Keys))
        {
            var parts = key.Split('.');
            JsonObject? parent = document;
            for (var i = 0; i < parts.Length - 1 && parent is not null; i++)
            {
                parent = Property(parent, parts[i]) as JsonObject;
            }

            var name = parent?.Select(p => p.Key).FirstOrDefault(k => k.Equals(parts[^1], StringComparison.OrdinalIgnoreCase));
            if (parent is not null && name is not null && parent.Remove(name))
            {
                removed++;
            }
        }

        return removed == 0 ? null : layer with { Json = System.Text.Encoding.UTF8.GetBytes(document.ToJsonString()) };
    }

    private static JsonNode? Property(JsonObject parent, string name) =>
        parent.FirstOrDefault(p => p.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;

    private static string Describe(ConfigLayer layer) => $"config file '{layer.Name}'";

    /// <summary>Where the problems come from: the topmost file, or the defaults when no file is read.</summary>
    private static string Describe(List<ConfigLayer> layers) => layers.Count == 0 ? DefaultsName : Describe(layers[^1]);

    private static string OrDefault(string value, string fallback) => string.IsNullOrWhiteSpace(value) ? fallback : value;

    private sealed record ConfigLayer(string Name, byte[] Json);
}
