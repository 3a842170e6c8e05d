using System.Text.Json;
using RomCurator.Core.Serialization;

namespace RomCurator.Tui.Cli.Verbs;

/// <summary>`romcurator config show`: the effective settings after all layers, and where they came from.</summary>
public static class ConfigShowVerb
{
    public static readonly VerbSpec Spec = new(
        ["config", "show"],
        "print the effective configuration (defaults + user file + flags) as JSON",
        "config show",
        [],
        Run);

    private static int Run(VerbContext context)
    {
        var loaded = context.Settings;
        if (!context.Global.Json)
        {
            context.Out.WriteLine($"# database: {loaded.Paths.Database}");
            context.Out.WriteLine($"# logs: {loaded.Paths.Logs}");
            context.Out.WriteLine($"# temp: {loaded.Paths.Temp}");
            context.Out.WriteLine(loaded.Files.Count == 0
                ? $"# user config: none ({loaded.Paths.UserConfigFile} does not exist; built-in defaults in use)"
                : $"# user config: {string.Join(", ", loaded.Files)}");
        }

        context.Out.WriteLine(JsonSerializer.Serialize(loaded.Settings, SettingsJsonContext.Default.RomCuratorSettings));
        return ExitCodes.Ok;
    }
}
