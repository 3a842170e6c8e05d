using System.Text.Json;
using System.Text.Json.Nodes;
using RomCurator.Core.Configuration;
using RomCurator.Core.Serialization;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Configuration;

/// <summary>
/// A misspelt key in any section of the config file is named with its section (so the message can be acted on), and
/// loaded leniently it is set aside like any bad value: the full-screen interface and `config set` keep working.
/// </summary>
public sealed class MisspeltSettingTests
{
    /// <summary>Each section of the settings with one of its keys misspelt (every section, as `config show` lists them).</summary>
    public static IEnumerable<Func<(string Section, string Key)>> MisspeltKeys() =>
        JsonNode.Parse(JsonSerializer.Serialize(new RomCuratorSettings(), SettingsJsonContext.Default.RomCuratorSettings))!.AsObject()
            .Select(section => (section.Key, section.Value!.AsObject().First().Key + "z"))
            .Select(pair => (Func<(string, string)>)(() => pair))
            .ToList();

    [Test]
    [MethodDataSource(nameof(MisspeltKeys))]
    public async Task A_misspelt_key_is_named_with_its_section_and_set_aside_when_loaded_leniently(string section, string key)
    {
        using var home = new TempDirectory();
        var good = section == "archives" ? """ "scan": { "batchSize": 7 } """ : """ "archives": { "maxDepth": 7 } """;
        home.Write("config/romcurator/config.json", $$"""{ {{good}}, "{{section}}": { "{{key}}": 1 } }""");

        var loaded = SettingsLoaderTests.LoaderFor(home).LoadLenient();

        await Assert.That(loaded.ProblemKeys).IsEquivalentTo([$"{section}.{key}"]);
        await Assert.That(loaded.Problem!).Contains($"{section}.{key} is not a setting");
        await Assert.That(section == "archives" ? loaded.Settings.Scan.BatchSize : loaded.Settings.Archives.MaxDepth).IsEqualTo(7);
    }

    [Test]
    public async Task Every_section_is_tried()
    {
        await Assert.That(MisspeltKeys().Select(f => f().Section)).IsEquivalentTo(["paths", "scan", "archives", "matching", "organizer", "oneGameOneRom"]);
    }
}
