namespace RomCurator.Core.Configuration;

/// <summary>
/// Resolves where RomCurator keeps its files, following the XDG base directory spec:
/// data (database, logs) under <c>$XDG_DATA_HOME/romcurator</c>, the user config under <c>$XDG_CONFIG_HOME/romcurator</c>.
/// </summary>
public sealed class AppPaths(Func<string, string?> environment)
{
    public const string AppFolderName = "romcurator";

    public AppPaths() : this(Environment.GetEnvironmentVariable)
    {
    }

    public string Home => environment("HOME") is { Length: > 0 } home
        ? home
        : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);

    public string DataHome => Path.Combine(XdgBase("XDG_DATA_HOME", ".local/share"), AppFolderName);

    public string ConfigHome => Path.Combine(XdgBase("XDG_CONFIG_HOME", ".config"), AppFolderName);

    public string UserConfigFile => Path.Combine(ConfigHome, "config.json");

    public string DefaultDatabase => Path.Combine(DataHome, "romcurator.db");

    public string DefaultLogs => Path.Combine(DataHome, "logs");

    public string DefaultTemp => Path.Combine(Path.GetTempPath(), AppFolderName);

    /// <summary>Expands a leading <c>~</c> and makes the path absolute.</summary>
    public string Expand(string path)
    {
        if (path == "~")
        {
            return Home;
        }

        if (path.StartsWith("~/", StringComparison.Ordinal))
        {
            path = Path.Combine(Home, path[2..]);
        }

        return Path.GetFullPath(path);
    }

    private string XdgBase(string variable, string fallbackUnderHome)
    {
        // The spec says relative values are invalid and must be ignored.
        var value = environment(variable);
        return value is { Length: > 0 } && Path.IsPathRooted(value) ? value : Path.Combine(Home, fallbackUnderHome);
    }
}
