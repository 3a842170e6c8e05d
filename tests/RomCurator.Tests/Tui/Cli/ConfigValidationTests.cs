using RomCurator.Core.Configuration;
using RomCurator.Core.Organizer;
using RomCurator.Tests.Support;
using RomCurator.Tui.Cli;

namespace RomCurator.Tests.Tui.Cli;

/// <summary>
/// Every setting is checked when it is set and when the config is loaded (issue 11, item 20): a bad value is refused
/// by `config set` with the file left as it was, and a bad value in the file is one line naming the file and the key.
/// </summary>
public sealed class ConfigValidationTests
{
    public static IEnumerable<Func<(string Key, string Value)>> BadValues() =>
    [
        () => ("organizer.preset", "es-dee"),
        () => ("organizer.unverified", "sometimes"),
        () => ("organizer.duplicates", "delete"),
        () => ("organizer.m3u", "yes please"),
        () => ("organizer.template", "{platfrm}/{title}{ext}"),
        () => ("organizer.template", "{platform}/{title}}{ext}"),
        () => ("organizer.template", "{platform}/{title{ext}"),
        () => ("organizer.template", "{platform}/{region}{ext}"),
        () => ("matching.reviewThreshold", "1.5"),
        () => ("matching.reviewThreshold", "0.99"),
        () => ("matching.autoLinkThreshold", "-0.1"),
        () => ("matching.autoLinkThreshold", "NaN"),
        () => ("archives.maxDepth", "-1"),
        () => ("archives.maxCompressionRatio", "0"),
        () => ("scan.hashChunkSizeBytes", "99999999999999"),
        () => ("scan.hashWorkers", "-3"),
        () => ("archives.passwordDictionaryPath", "/dev/zero"),
        () => ("archives.passwordDictionaryPath", "/tmp"),
    ];

    [Test]
    [MethodDataSource(nameof(BadValues))]
    public async Task Config_set_refuses_a_bad_value_and_leaves_the_file_as_it_was(string key, string value)
    {
        using var home = new TempDirectory();
        var file = home.Write("config/romcurator/config.json", "{ \"scan\": { \"batchSize\": 7 } }\n");

        var run = CliRun.Invoke(home, "config", "set", key, value);

        await Assert.That(run.ExitCode).IsEqualTo(ExitCodes.Failed);
        await Assert.That(run.Error.TrimEnd().Split('\n')).Count().IsEqualTo(1);
        await Assert.That(run.Error).Contains(key);
        await Assert.That(File.ReadAllText(file)).IsEqualTo("{ \"scan\": { \"batchSize\": 7 } }\n");
    }

    public static IEnumerable<Func<(string Json, string Key)>> BadFiles() =>
    [
        () => ("""{ "organizer": { "preset": "es-dee" } }""", "organizer.preset"),
        () => ("""{ "organizer": { "template": "{platfrm}/{title}{ext}" } }""", "organizer.template"),
        () => ("""{ "organizer": { "template": "{title}}" } }""", "organizer.template"),
        () => ("""{ "matching": { "reviewThreshold": "NaN" } }""", "matching.reviewThreshold"),
        () => ("""{ "matching": { "reviewThreshold": 0.9, "autoLinkThreshold": 0.5 } }""", "matching.autoLinkThreshold"),
        () => ("""{ "archives": { "passwordDictionaryPath": "/dev/zero" } }""", "archives.passwordDictionaryPath"),
        () => ("""{ "archives": { "maxCompressionRatio": "Infinity" } }""", "archives.maxCompressionRatio"),
        () => ("""{ "archives": { "maxMemberCount": 0 } }""", "archives.maxMemberCount"),
        () => ("""{ "scan": { "batchSiz": 5 } }""", "scan.batchSiz"),
        () => ("""{ "scan": { "ignoreGlobs": [ "" ] } }""", "scan.ignoreGlobs"),
        () => ("""{ "paths": { "logs": "/etc/hostname" } }""", "paths.logs"),
    ];

    [Test]
    [MethodDataSource(nameof(BadFiles))]
    public async Task A_bad_value_in_the_file_is_one_line_naming_the_file_and_the_key(string json, string key)
    {
        using var home = new TempDirectory();
        var file = home.Write("config/romcurator/config.json", json);

        var run = CliRun.Invoke(home, "db", "info");

        await Assert.That(run.ExitCode).IsEqualTo(ExitCodes.Failed);
        await Assert.That(run.Error.TrimEnd().Split('\n')).Count().IsEqualTo(1);
        await Assert.That(run.Error).Contains(file);
        await Assert.That(run.Error).Contains(key);
    }

    [Test]
    public async Task A_config_flag_naming_a_folder_or_a_device_says_so()
    {
        using var home = new TempDirectory();
        Directory.CreateDirectory(home.File("folder"));

        var folder = CliRun.Invoke(home, "db", "info", "--config", home.File("folder"));
        var device = CliRun.Invoke(home, "db", "info", "--config", "/dev/zero");

        await Assert.That(folder.ExitCode).IsEqualTo(ExitCodes.Failed);
        await Assert.That(folder.Error).Contains("is a folder, not a file");
        await Assert.That(device.ExitCode).IsEqualTo(ExitCodes.Failed);
        await Assert.That(device.Error).Contains("is not a regular file");
    }

    [Test]
    public async Task A_config_file_of_megabytes_is_refused_unread()
    {
        using var home = new TempDirectory();
        var huge = home.Write("huge.json", "{ \"scan\": { \"batchSize\": 5 } }" + new string(' ', 2 * 1024 * 1024));

        var run = CliRun.Invoke(home, "db", "info", "--config", huge);

        await Assert.That(run.ExitCode).IsEqualTo(ExitCodes.Failed);
        await Assert.That(run.Error).Contains("more than a config file can be");
    }

    [Test]
    public async Task One_message_names_every_bad_key_of_the_file()
    {
        using var home = new TempDirectory();
        home.Write("config/romcurator/config.json", """{ "scan": { "batchSiz": 5, "hashWorkers": -1 }, "organizer": { "preset": "es-dee" } }""");

        var run = CliRun.Invoke(home, "db", "info");

        await Assert.That(run.ExitCode).IsEqualTo(ExitCodes.Failed);
        await Assert.That(run.Error).Contains("scan.batchSiz is not a setting");
        await Assert.That(run.Error).Contains("scan.hashWorkers");
        await Assert.That(run.Error).Contains("organizer.preset 'es-dee'");
    }

    [Test]
    public async Task Config_set_fixes_a_file_that_holds_a_bad_value()
    {
        using var home = new TempDirectory();
        home.Write("config/romcurator/config.json", """{ "scan": { "hashWorkers": -1 }, "organizer": { "preset": "es-dee" } }""");

        var first = CliRun.Invoke(home, "config", "set", "scan.hashWorkers", "2");
        var second = CliRun.Invoke(home, "config", "set", "organizer.preset", "es-de");
        var after = CliRun.Invoke(home, "db", "info");

        await Assert.That(first.ExitCode).IsEqualTo(ExitCodes.Ok);
        await Assert.That(first.Error).Contains("organizer.preset");
        await Assert.That(second.ExitCode).IsEqualTo(ExitCodes.Ok);
        await Assert.That(after.ExitCode).IsEqualTo(ExitCodes.Ok);
    }

    [Test]
    public async Task Loaded_leniently_a_bad_value_falls_back_to_its_default_and_the_good_ones_stay()
    {
        using var home = new TempDirectory();
        var file = home.Write("config/romcurator/config.json", """{ "scan": { "batchSize": 7, "hashWorkers": -1 }, "organizer": { "preset": "es-dee", "dryRunByDefault": false } }""");
        var paths = Paths(home);

        var loaded = new SettingsLoader(paths).LoadLenient();

        await Assert.That(loaded.Settings.Scan.BatchSize).IsEqualTo(7);
        await Assert.That(loaded.Settings.Organizer.DryRunByDefault).IsFalse();
        await Assert.That(loaded.Settings.Scan.HashWorkers).IsEqualTo(new ScanSettings().HashWorkers);
        await Assert.That(loaded.Settings.Organizer.Preset).IsEqualTo(new OrganizerSettings().Preset);
        await Assert.That(loaded.ProblemKeys).IsEquivalentTo(["scan.hashWorkers", "organizer.preset"]);
        await Assert.That(loaded.Problem!).Contains(file);
        await Assert.That(() => new SettingsLoader(paths).Load()).Throws<ConfigurationException>();
    }

    [Test]
    public async Task The_layout_rules_agree_with_the_organizer()
    {
        await Assert.That(OrganizerLayouts.Presets).IsEquivalentTo(PlatformFolders.PresetTemplates.Keys);
        foreach (var token in OrganizerLayouts.Tokens)
        {
            await Assert.That(new OrganizerTemplate($"{{{token}}}/{{title}}").Text).Contains(token);
        }

        foreach (var preset in PlatformFolders.PresetTemplates.Values)
        {
            await Assert.That(OrganizerLayouts.TemplateProblem(preset)).IsNull();
        }

        await Assert.That(() => new OrganizerTemplate("{platfrm}/{title}")).Throws<ArgumentException>();
        await Assert.That(OrganizerLayouts.TemplateProblem("{platfrm}/{title}")).IsNotNull();
    }

    private static AppPaths Paths(TempDirectory home) => new(name => name switch
    {
        "HOME" => home.Path,
        "XDG_DATA_HOME" => home.File("data"),
        "XDG_CONFIG_HOME" => home.File("config"),
        _ => null,
    });
}
