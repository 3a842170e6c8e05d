using RomCurator.Core.Configuration;
using RomCurator.Core.Serialization;

namespace RomCurator.Tui.Cli.Verbs;

/// <summary>`romcurator config set KEY VALUE`: change one setting in the user config file (checked before it is saved).</summary>
public static class ConfigSetVerb
{
    public static readonly VerbSpec Spec = new(
        ["config", "set"],
        "change a setting in the user config file, e.g. config set archives.maxDepth 2 (the file is checked first)",
        "config set KEY VALUE [--json]",
        [],
        Run,
        MinPositionals: 2,
        MaxPositionals: 2,
        AcceptsEmptyArguments: true);

    private static int Run(VerbContext context)
    {
        var key = context.Args.Positionals[0];
        LoadedSettings saved;
        try
        {
            // Loaded leniently: a config file with a bad value must still let the curator fix it here.
            var current = new SettingsLoader(context.AppPaths).LoadLenient(context.Global.ConfigPath, context.Global.DatabasePath);
            saved = new UserConfigEditor(current, context.AppPaths).Set(key, context.Args.Positionals[1]);
        }
        catch (ConfigurationException problem)
        {
            throw new VerbFailedException(problem.Message);
        }

        if (saved.Problem is { } remaining)
        {
            context.Error.WriteLine($"romcurator: warning: still to fix (their defaults apply meanwhile): {remaining}");
        }

        var setting = EditableSettings.Find(key);
        var report = new ConfigSetReport(setting.Key, setting.Read(saved.Settings), saved.Paths.UserConfigFile);
        if (context.Global.Json)
        {
            context.WriteJson(report, ReportJsonContext.Default.ConfigSetReport);
        }
        else
        {
            context.Out.WriteLine($"{report.Key} = {report.Value} (saved to {report.File})");
        }

        return ExitCodes.Ok;
    }
}
