using System.Text.Json;
using RomCurator.Core.Configuration;
using RomCurator.Core.Serialization;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Configuration;

/// <summary>
/// Every default is written once, in the settings classes: the binary carries no defaults file beside them (config/config.json
/// is generated from the classes for users to read), and the
/// defaults a user sees (`config show` without a config file) stay what they were.
/// </summary>
public sealed class SettingsDefaultsTests
{
    /// <summary>`romcurator config show --json` on a fresh machine, as released before the defaults moved into the classes.</summary>
    private const string ShippedDefaults = """
        {
          "paths": {
            "database": "",
            "logs": "",
            "temp": ""
          },
          "scan": {
            "ignoreGlobs": [
              "**/*.part",
              "**/*.crdownload",
              "**/*.!qB",
              "**/Thumbs.db",
              "**/desktop.ini"
            ],
            "hashChunkSizeBytes": 33554432,
            "md5Crc32SizeLimitBytes": 1073741824,
            "batchSize": 2000,
            "hashWorkers": 0
          },
          "archives": {
            "maxDepth": 3,
            "spillThresholdBytes": 134217728,
            "passwordDictionaryPath": "",
            "maxTotalExpandedBytes": 68719476736,
            "maxMemberCount": 100000,
            "maxCompressionRatio": 1000
          },
          "matching": {
            "reviewThreshold": 0.85,
            "autoLinkThreshold": 0.95,
            "autoLinkHighConfidence": true,
            "maxCandidatesPerFile": 5
          },
          "organizer": {
            "template": "{platform}/{region}/{title}{ext}",
            "preset": "",
            "dryRunByDefault": true,
            "unverified": "separate",
            "duplicates": "keep",
            "m3u": "auto"
          },
          "oneGameOneRom": {
            "regions": "USA, World, Europe, Japan",
            "languages": "En",
            "avoid": "Beta, Proto, Demo, Sample, Pirate, Unl, BIOS, Hack, BadDump",
            "organizePreferredOnly": false,
            "otherCopies": "subfolder"
          }
        }
        """;

    [Test]
    public async Task The_defaults_a_user_sees_are_the_ones_released()
    {
        using var home = new TempDirectory();

        var loaded = SettingsLoaderTests.LoaderFor(home).Load();

        await Assert.That(loaded.Files).IsEmpty();
        await Assert.That(JsonSerializer.Serialize(loaded.Settings, SettingsJsonContext.Default.RomCuratorSettings)).IsEqualTo(ShippedDefaults);
    }

    [Test]
    public async Task The_settings_classes_alone_hold_the_defaults()
    {
        using var home = new TempDirectory();

        var loaded = SettingsLoaderTests.LoaderFor(home).Load().Settings;

        // A second copy of the defaults (a shipped config file, an embedded resource) would be a second place to edit.
        await Assert.That(typeof(SettingsLoader).Assembly.GetManifestResourceNames().Where(name => !name.StartsWith("sql/", StringComparison.Ordinal)))
            .IsEmpty();
        await Assert.That(JsonSerializer.Serialize(new RomCuratorSettings(), SettingsJsonContext.Default.RomCuratorSettings))
            .IsEqualTo(JsonSerializer.Serialize(loaded, SettingsJsonContext.Default.RomCuratorSettings));
    }

    /// <summary>
    /// config/config.json is the reference a user copies keys from: the defaults exactly as `config show --json` prints
    /// them on a fresh machine. It is generated from the settings classes (never read by the binary), so it cannot drift:
    /// a stale copy fails here and ROMCURATOR_UPDATE_DOCS=1 rewrites it.
    /// </summary>
    [Test]
    public async Task The_reference_config_file_is_the_defaults_of_the_settings_classes()
    {
        var path = Path.Combine(RepositoryPaths.Root, "config", "config.json");
        var defaults = JsonSerializer.Serialize(new RomCuratorSettings(), SettingsJsonContext.Default.RomCuratorSettings).ReplaceLineEndings("\n") + "\n";
        if (Environment.GetEnvironmentVariable("ROMCURATOR_UPDATE_DOCS") == "1")
        {
            await File.WriteAllTextAsync(path, defaults);
        }

        await Assert.That(File.Exists(path)).IsTrue()
            .Because("config/config.json is regenerated with ROMCURATOR_UPDATE_DOCS=1 dotnet test --project tests/RomCurator.Tests -- --treenode-filter \"/*/*/SettingsDefaultsTests/*\"");
        await Assert.That(await File.ReadAllTextAsync(path)).IsEqualTo(defaults)
            .Because("config/config.json is stale: regenerate it with ROMCURATOR_UPDATE_DOCS=1 dotnet test --project tests/RomCurator.Tests -- --treenode-filter \"/*/*/SettingsDefaultsTests/*\"");
    }

    [Test]
    public async Task A_user_list_of_ignore_globs_replaces_the_default_list_whole()
    {
        using var home = new TempDirectory();
        home.Write("config/romcurator/config.json", """{ "scan": { "ignoreGlobs": ["**/x", "**/Thumbs.db"] } }""");

        var globs = SettingsLoaderTests.LoaderFor(home).Load().Settings.Scan.IgnoreGlobs;

        await Assert.That(globs).IsEquivalentTo(["**/x", "**/Thumbs.db"]);
        await Assert.That(new ScanSettings().IgnoreGlobs).Contains("**/*.part");
    }

    [Test]
    public async Task An_empty_user_list_of_ignore_globs_ignores_nothing_and_a_null_one_keeps_the_default()
    {
        using var home = new TempDirectory();
        home.Write("config/romcurator/config.json", """{ "scan": { "ignoreGlobs": [] } }""");
        var empty = SettingsLoaderTests.LoaderFor(home).Load().Settings.Scan.IgnoreGlobs;
        home.Write("config/romcurator/config.json", """{ "scan": { "ignoreGlobs": null } }""");
        var unset = SettingsLoaderTests.LoaderFor(home).Load().Settings.Scan.IgnoreGlobs;

        await Assert.That(empty).IsEmpty();
        await Assert.That(unset).IsEquivalentTo(new ScanSettings().IgnoreGlobs);
        await Assert.That(unset).Count().IsEqualTo(5);
    }
}
