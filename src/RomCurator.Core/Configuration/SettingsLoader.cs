using System.Text.Json;
using Microsoft.Extensions.Configuration;

namespace RomCurator.Core.Configuration;

/// <summary>
/// Builds the effective settings from three layers: the defaults shipped inside the binary
/// (config/config.json), then the user file (<c>$XDG_CONFIG_HOME/romcurator/config.json</c>, or the file given
/// with <c>--config</c> instead), then command-line flags such as <c>--db</c>.
/// </summary>
public sealed class SettingsLoader(AppPaths appPaths)
{
    private const string DefaultsResource = "config/config.json";
    private const string DefaultsName = "built-in defaults";

    public SettingsLoader() : this(new AppPaths())
    {
    }

    public LoadedSettings Load(string? configFile = null, string? databaseFile = null)
    {
        var layers = new List<ConfigLayer> { new(DefaultsName, ReadDefaults()) };

        var userFile = configFile is null ? appPaths.UserConfigFile : appPaths.Expand(configFile);
        if (configFile is not null && !File.Exists(userFile))
        {
            throw new ConfigurationException($"config file '{userFile}' does not exist.");
        }

        if (File.Exists(userFile))
        {
            layers.Add(new ConfigLayer(userFile, ReadFile(userFile)));
        }

        foreach (var layer in layers)
        {
            CheckSyntax(layer);
        }

        var settings = Bind(layers);
        var problems = SettingsValidator.Validate(settings);
        if (problems.Count > 0)
        {
            throw new ConfigurationException($"{Describe(layers[^1])}: {string.Join("; ", problems)}");
        }

        var paths = new ResolvedPaths(
            Database: appPaths.Expand(databaseFile ?? OrDefault(settings.Paths.Database, appPaths.DefaultDatabase)),
            Logs: appPaths.Expand(OrDefault(settings.Paths.Logs, appPaths.DefaultLogs)),
            Temp: appPaths.Expand(OrDefault(settings.Paths.Temp, appPaths.DefaultTemp)),
            UserConfigFile: userFile);

        return new LoadedSettings(settings, paths, layers.Skip(1).Select(l => l.Name).ToList());
    }

    /// <summary>The shipped defaults, as the binary carries them.</summary>
    public static byte[] ReadDefaults()
    {
        using var stream = typeof(SettingsLoader).Assembly.GetManifestResourceStream(DefaultsResource)
            ?? throw new InvalidOperationException($"The binary is missing its embedded {DefaultsResource}.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static byte[] ReadFile(string path)
    {
        try
        {
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
        try
        {
            root.Bind(settings, options => options.ErrorOnUnknownConfiguration = true);
        }
        catch (InvalidOperationException error)
        {
            throw new ConfigurationException($"{Describe(BlameLayer(layers))}: {BindErrorText.Describe(error.Message)}", error);
        }

        // Lists are taken whole from the topmost layer that sets them; the configuration system would
        // otherwise merge them item by item with the defaults.
        settings.Scan.IgnoreGlobs = TopmostList(layers, "scan:ignoreGlobs");
        return settings;
    }

    private static List<string> TopmostList(List<ConfigLayer> layers, string key)
    {
        for (var i = layers.Count - 1; i >= 0; i--)
        {
            var section = new ConfigurationBuilder().AddJsonStream(new MemoryStream(layers[i].Json)).Build().GetSection(key);
            if (section.Exists())
            {
                return section.GetChildren().Select(child => child.Value).OfType<string>().ToList();
            }
        }

        return [];
    }

    /// <summary>The topmost layer that fails to bind on its own is the one to name in the message.</summary>
    private static ConfigLayer BlameLayer(List<ConfigLayer> layers)
    {
        for (var i = layers.Count - 1; i > 0; i--)
        {
            try
            {
                new ConfigurationBuilder().AddJsonStream(new MemoryStream(layers[i].Json)).Build()
                    .Bind(new RomCuratorSettings(), options => options.ErrorOnUnknownConfiguration = true);
            }
            catch (InvalidOperationException)
            {
                return layers[i];
            }
        }

        return layers[0];
    }

    private static string Describe(ConfigLayer layer) =>
        layer.Name == DefaultsName ? DefaultsName : $"config file '{layer.Name}'";

    private static string OrDefault(string value, string fallback) => string.IsNullOrWhiteSpace(value) ? fallback : value;

    private sealed record ConfigLayer(string Name, byte[] Json);
}
