using System.Text.Json;
using RomCurator.Core.Serialization;

namespace RomCurator.Tui.Cli.Verbs;

/// <summary>
/// `romcurator config show`: the effective settings after all layers, and where they came from. A config file with
/// bad values is what this verb is for: it names the problem in one line (stderr, exit 1) and still shows every value,
/// each bad one as the default that replaces it (as the full-screen interface uses them). With --json, or when the
/// file cannot be read as JSON at all, it fails like every verb: one line and no values.
/// </summary>
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
        var loaded = context.Global.Json ? context.Settings : context.LenientSettings();
        if (!context.Global.Json)
        {
            context.Out.WriteLine($"# database: {loaded.Paths.Database}");
            context.Out.WriteLine($"# logs: {loaded.Paths.Logs}");
            context.Out.WriteLine($"# temp: {loaded.Paths.Temp}");
            context.Out.WriteLine(loaded.Files.Count == 0
                ? $"# user config: none ({loaded.Paths.UserConfigFile} does not exist; built-in defaults in use)"
                : $"# user config: {string.Join(", ", loaded.Files)}");
            if (loaded.Problem is not null)
            {
                context.Out.WriteLine($"# not used (bad values; their defaults are shown): {string.Join(", ", loaded.ProblemKeys)}");
            }
        }

        context.Out.WriteLine(JsonSerializer.Serialize(loaded.Settings, SettingsJsonContext.Default.RomCuratorSettings));
        if (loaded.Problem is { } problem)
        {
            // The same line every other verb prints for this file; the "# not used" line above says what was shown instead.
            context.Error.WriteLine(FailureLineWatch.Prefix + problem);
            return ExitCodes.Failed;
        }

        return ExitCodes.Ok;
    }
}
