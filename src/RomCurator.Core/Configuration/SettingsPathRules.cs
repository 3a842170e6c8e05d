using RomCurator.Core.FileSystem;

namespace RomCurator.Core.Configuration;

/// <summary>
/// The rules about the files and folders settings name, checked when the config is loaded: a path holds no NUL,
/// the logs and temp folders are not files, the database is not a folder nor a device, and the password dictionary, when it
/// exists, is a regular file (a folder, FIFO or device such as /dev/zero is refused here; a dictionary that is
/// missing or unreadable is a problem the scan records, so a NAS share mounted later still works).
/// </summary>
public static class SettingsPathRules
{
    public static IReadOnlyList<SettingProblem> Validate(RomCuratorSettings settings, AppPaths appPaths)
    {
        var problems = new List<SettingProblem>();
        var paths = new (string Key, string Value)[]
        {
            ("paths.database", settings.Paths.Database),
            ("paths.logs", settings.Paths.Logs),
            ("paths.temp", settings.Paths.Temp),
            ("archives.passwordDictionaryPath", settings.Archives.PasswordDictionaryPath),
        };
        foreach (var (key, value) in paths.Where(p => !string.IsNullOrWhiteSpace(p.Value)))
        {
            if (value.Contains('\0', StringComparison.Ordinal))
            {
                problems.Add(new SettingProblem($"{key} must not contain a NUL character", key));
                continue;
            }

            var full = appPaths.Expand(value);
            var problem = key switch
            {
                "paths.database" when Directory.Exists(full) => "is a folder; it must name the database file",
                "paths.database" when File.Exists(full) && !FileKind.IsRegularFile(full) => "is not a regular file (a device, pipe or socket); it must name the database file",
                "paths.logs" or "paths.temp" when File.Exists(full) => "is a file; it must name a folder",
                "archives.passwordDictionaryPath" => PasswordDictionaryProblem(full),
                _ => null,
            };
            if (problem is not null)
            {
                problems.Add(new SettingProblem($"{key} '{value}' {problem}", key));
            }
        }

        return problems;
    }

    /// <summary>The password dictionary, when it exists, must be a regular file that can be read line by line.</summary>
    private static string? PasswordDictionaryProblem(string full) =>
        Directory.Exists(full) ? "is a folder; it must name a text file with one password per line"
        : File.Exists(full) && !FileKind.IsRegularFile(full) ? "is not a regular file (a device, pipe or socket); it must name a text file with one password per line"
        : null;
}
