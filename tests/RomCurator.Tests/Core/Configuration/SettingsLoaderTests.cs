using RomCurator.Core.Configuration;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Configuration;

public sealed class SettingsLoaderTests
{
    [Test]
    public async Task Defaults_match_the_product_plan()
    {
        using var home = new TempDirectory();
        var loaded = LoaderFor(home).Load();
        var settings = loaded.Settings;

        await Assert.That(settings.Scan.HashChunkSizeBytes).IsEqualTo(32L * 1024 * 1024);
        await Assert.That(settings.Scan.Md5Crc32SizeLimitBytes).IsEqualTo(1024L * 1024 * 1024);
        await Assert.That(settings.Scan.BatchSize).IsEqualTo(2000);
        await Assert.That(settings.Archives.MaxDepth).IsEqualTo(3);
        await Assert.That(settings.Archives.SpillThresholdBytes).IsEqualTo(128L * 1024 * 1024);
        await Assert.That(settings.Archives.PasswordDictionaryPath).IsEqualTo("");
        await Assert.That(settings.Matching.ReviewThreshold).IsEqualTo(0.85);
        await Assert.That(settings.Matching.AutoLinkThreshold).IsEqualTo(0.95);
        await Assert.That(settings.Matching.AutoLinkHighConfidence).IsTrue();
        await Assert.That(settings.Organizer.Template).IsEqualTo("{platform}/{region}/{title}{ext}");
        await Assert.That(settings.Organizer.DryRunByDefault).IsTrue();
        await Assert.That(settings.Scan.IgnoreGlobs).Contains("**/*.part");
        await Assert.That(loaded.Files).IsEmpty();
    }

    [Test]
    public async Task Default_paths_follow_xdg()
    {
        using var home = new TempDirectory();
        var loaded = LoaderFor(home).Load();

        await Assert.That(loaded.Paths.Database).IsEqualTo(home.File("data/romcurator/romcurator.db"));
        await Assert.That(loaded.Paths.Logs).IsEqualTo(home.File("data/romcurator/logs"));
        await Assert.That(loaded.Paths.UserConfigFile).IsEqualTo(home.File("config/romcurator/config.json"));
        await Assert.That(loaded.Paths.HashCache).IsEqualTo(home.File("data/romcurator/romcurator.cache.db"));
    }

    [Test]
    public async Task Without_xdg_variables_paths_fall_back_to_home()
    {
        using var home = new TempDirectory();
        var paths = new AppPaths(name => name == "HOME" ? home.Path : null);

        var loaded = new SettingsLoader(paths).Load();

        await Assert.That(loaded.Paths.Database).IsEqualTo(home.File(".local/share/romcurator/romcurator.db"));
        await Assert.That(paths.UserConfigFile).IsEqualTo(home.File(".config/romcurator/config.json"));
    }

    [Test]
    public async Task The_user_file_overrides_defaults_key_by_key()
    {
        using var home = new TempDirectory();
        home.Write("config/romcurator/config.json", """
            {
              // comments are allowed
              "archives": { "maxDepth": 5 },
              "matching": { "autoLinkHighConfidence": false },
              "paths": { "database": "~/library.db" },
            }
            """);

        var loaded = LoaderFor(home).Load();

        await Assert.That(loaded.Settings.Archives.MaxDepth).IsEqualTo(5);
        await Assert.That(loaded.Settings.Archives.SpillThresholdBytes).IsEqualTo(128L * 1024 * 1024);
        await Assert.That(loaded.Settings.Matching.AutoLinkHighConfidence).IsFalse();
        await Assert.That(loaded.Paths.Database).IsEqualTo(home.File("library.db"));
        await Assert.That(loaded.Files).IsEquivalentTo([home.File("config/romcurator/config.json")]);
    }

    [Test]
    public async Task A_user_list_replaces_the_default_list_instead_of_merging_with_it()
    {
        using var home = new TempDirectory();
        home.Write("config/romcurator/config.json", """{ "scan": { "ignoreGlobs": ["**/junk/**"] } }""");

        var loaded = LoaderFor(home).Load();

        await Assert.That(loaded.Settings.Scan.IgnoreGlobs).IsEquivalentTo(["**/junk/**"]);
    }

    [Test]
    public async Task The_config_flag_replaces_the_user_file_and_the_db_flag_wins()
    {
        using var home = new TempDirectory();
        home.Write("config/romcurator/config.json", """{ "archives": { "maxDepth": 5 } }""");
        var explicitFile = home.Write("other.json", """{ "archives": { "maxDepth": 1 }, "paths": { "database": "/nowhere/x.db" } }""");

        var loaded = LoaderFor(home).Load(explicitFile, home.File("flag.db"));

        await Assert.That(loaded.Settings.Archives.MaxDepth).IsEqualTo(1);
        await Assert.That(loaded.Paths.Database).IsEqualTo(home.File("flag.db"));
    }

    [Test]
    public async Task A_missing_config_flag_file_is_an_error()
    {
        using var home = new TempDirectory();

        var error = Assert.Throws<ConfigurationException>(() => LoaderFor(home).Load(home.File("absent.json")));

        await Assert.That(error.Message).Contains(home.File("absent.json"));
        await Assert.That(error.Message).Contains("does not exist");
    }

    [Test]
    public async Task Malformed_json_gives_one_line_naming_the_file_and_the_place()
    {
        using var home = new TempDirectory();
        var file = home.Write("config/romcurator/config.json", "{\n  \"scan\": {\n    \"batchSize\": 10 10\n  }\n}");

        var error = Assert.Throws<ConfigurationException>(() => LoaderFor(home).Load());

        await Assert.That(error.Message).Contains($"config file '{file}' is not valid JSON");
        await Assert.That(error.Message).Contains("line 3");
        await Assert.That(error.Message).DoesNotContain("\n");
    }

    [Test]
    public async Task A_value_of_the_wrong_type_names_the_file_and_the_key()
    {
        using var home = new TempDirectory();
        var file = home.Write("config/romcurator/config.json", """{ "scan": { "hashChunkSizeBytes": "big" } }""");

        var error = Assert.Throws<ConfigurationException>(() => LoaderFor(home).Load());

        await Assert.That(error.Message).Contains(file);
        await Assert.That(error.Message).Contains("scan.hashChunkSizeBytes must be a whole number, not 'big'");
    }

    [Test]
    public async Task A_misspelled_key_is_reported_rather_than_ignored()
    {
        using var home = new TempDirectory();
        home.Write("config/romcurator/config.json", """{ "archives": { "maxDepht": 2 } }""");

        var error = Assert.Throws<ConfigurationException>(() => LoaderFor(home).Load());

        await Assert.That(error.Message).Contains("maxDepht");
    }

    [Test]
    public async Task Out_of_range_values_are_reported()
    {
        using var home = new TempDirectory();
        home.Write("config/romcurator/config.json", """{ "matching": { "reviewThreshold": 0.99, "autoLinkThreshold": 0.9 } }""");

        var error = Assert.Throws<ConfigurationException>(() => LoaderFor(home).Load());

        await Assert.That(error.Message).Contains("reviewThreshold");
    }

    internal static SettingsLoader LoaderFor(TempDirectory home) => new(new AppPaths(name => name switch
    {
        "HOME" => home.Path,
        "XDG_DATA_HOME" => home.File("data"),
        "XDG_CONFIG_HOME" => home.File("config"),
        _ => null,
    }));
}
