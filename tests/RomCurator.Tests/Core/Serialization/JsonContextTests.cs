using System.Text.Json;
using RomCurator.Core.Configuration;
using RomCurator.Core.Serialization;
using RomCurator.Core.Storage;

namespace RomCurator.Tests.Core.Serialization;

public sealed class JsonContextTests
{
    [Test]
    public async Task Settings_round_trip_through_the_generated_context()
    {
        var settings = new RomCuratorSettings();
        settings.Archives.MaxDepth = 7;
        settings.Scan.IgnoreGlobs = ["**/a/**", "*.tmp"];
        settings.Matching.AutoLinkHighConfidence = false;

        var json = JsonSerializer.Serialize(settings, SettingsJsonContext.Default.RomCuratorSettings);
        var back = JsonSerializer.Deserialize(json, SettingsJsonContext.Default.RomCuratorSettings)!;

        await Assert.That(json).Contains("\"maxDepth\": 7");
        await Assert.That(back.Archives.MaxDepth).IsEqualTo(7);
        await Assert.That(back.Scan.IgnoreGlobs).IsEquivalentTo(["**/a/**", "*.tmp"]);
        await Assert.That(back.Matching.AutoLinkHighConfidence).IsFalse();
        await Assert.That(JsonSerializer.Serialize(back, SettingsJsonContext.Default.RomCuratorSettings)).IsEqualTo(json);
    }

    [Test]
    public async Task Serialized_settings_are_a_valid_user_config_file()
    {
        using var home = new Support.TempDirectory();
        var settings = new RomCuratorSettings();
        settings.Organizer.Template = "{platform}/{letter}/{title}{ext}";
        home.Write("config/romcurator/config.json", JsonSerializer.Serialize(settings, SettingsJsonContext.Default.RomCuratorSettings));

        var loaded = Configuration.SettingsLoaderTests.LoaderFor(home).Load();

        await Assert.That(loaded.Settings.Organizer.Template).IsEqualTo("{platform}/{letter}/{title}{ext}");
    }

    [Test]
    public async Task Reports_use_snake_case_keys_and_round_trip()
    {
        var summary = new DatabaseSummary("/x.db", 1, 1, 4096, "wal", new Dictionary<string, long> { ["rom_file"] = 3 });

        var json = JsonSerializer.Serialize(summary, ReportJsonContext.Default.DatabaseSummary);
        var back = JsonSerializer.Deserialize(json, ReportReadBackJsonContext.Default.DatabaseSummary)!;

        await Assert.That(json).Contains("\"schema_version\":1");
        await Assert.That(json).Contains("\"row_counts\":{\"rom_file\":3}");
        await Assert.That(back.Path).IsEqualTo("/x.db");
        await Assert.That(back.RowCounts["rom_file"]).IsEqualTo(3L);
    }

    [Test]
    public async Task Error_and_version_reports_round_trip()
    {
        var error = new ErrorReport("bad flag", 2);
        var version = new VersionReport("romcurator", "0.1.0", 1, ".NET", "x64");

        var errorBack = JsonSerializer.Deserialize(JsonSerializer.Serialize(error, ReportJsonContext.Default.ErrorReport), ReportReadBackJsonContext.Default.ErrorReport);
        var versionJson = JsonSerializer.Serialize(version, ReportJsonContext.Default.VersionReport);

        await Assert.That(errorBack).IsEqualTo(error);
        await Assert.That(versionJson).Contains("\"schema_version\":1");
        await Assert.That(JsonSerializer.Deserialize(versionJson, ReportReadBackJsonContext.Default.VersionReport)).IsEqualTo(version);
    }

    [Test]
    public async Task Write_only_reports_are_the_bytes_the_metadata_serializer_writes()
    {
        // ReportJsonContext generates only the fast serialization path (the binary never reads a report back); its
        // output must be what the full metadata-based serializer writes with the same options.
        var summary = new DatabaseSummary("/x \"y\".db", 3, 2, 4096, "wal", new Dictionary<string, long> { ["rom_file"] = 3, ["dat"] = 0 });
        var error = new ErrorReport("bad flag 'é'", 2);
        var version = new VersionReport("romcurator", "0.1.0", 17, ".NET 10", "arm64");

        await Assert.That(JsonSerializer.Serialize(summary, ReportJsonContext.Default.DatabaseSummary))
            .IsEqualTo(JsonSerializer.Serialize(summary, ReportReadBackJsonContext.Default.DatabaseSummary));
        await Assert.That(JsonSerializer.Serialize(error, ReportJsonContext.Default.ErrorReport))
            .IsEqualTo(JsonSerializer.Serialize(error, ReportReadBackJsonContext.Default.ErrorReport));
        await Assert.That(JsonSerializer.Serialize(version, ReportJsonContext.Default.VersionReport))
            .IsEqualTo(JsonSerializer.Serialize(version, ReportReadBackJsonContext.Default.VersionReport));
    }
}
