using System.Text.Json;
using RomCurator.Tests.Support;
using RomCurator.Tui.Cli;

namespace RomCurator.Tests.Tui.Cli;

/// <summary>The verbs behind the TUI's Logs, Validate, Extensions, Platforms and Settings panes.</summary>
public sealed class CuratorVerbTests
{
    [Test]
    public async Task Runs_lists_the_history_and_shows_one_runs_summary()
    {
        using var home = Library();

        var runs = CliRun.Invoke(home, "runs", "--json");
        using var document = JsonDocument.Parse(runs.Output);
        var newest = document.RootElement.GetProperty("runs")[0];
        var id = newest.GetProperty("run_id").GetInt64().ToString();
        var shown = CliRun.Invoke(home, "runs", id);
        var shownJson = CliRun.Invoke(home, "runs", id, "--json");

        await Assert.That(newest.GetProperty("job").GetString()).IsEqualTo("file_ingestion");
        await Assert.That(newest.GetProperty("status").GetString()).IsEqualTo("completed");
        await Assert.That(CliRun.Invoke(home, "runs").Output).Contains("dat_import");
        await Assert.That(shown.Output).Contains("files_new: 2");
        await Assert.That(JsonDocument.Parse(shownJson.Output).RootElement.GetProperty("files_new").GetInt64()).IsEqualTo(2L);
        await Assert.That(CliRun.Invoke(home, "runs", "999").ExitCode).IsEqualTo(ExitCodes.Failed);
        await Assert.That(CliRun.Invoke(home, "runs", "--limit", "x").ExitCode).IsEqualTo(ExitCodes.Usage);
    }

    [Test]
    public async Task Validate_lists_unmatched_files_and_stale_records()
    {
        using var home = Library();
        File.Delete(home.File("lib/Other (USA).sfc"));
        CliRun.Invoke(home, "scan");

        var validation = CliRun.Invoke(home, "validate", "--json");
        using var document = JsonDocument.Parse(validation.Output);
        var unmatched = document.RootElement.GetProperty("unmatched").EnumerateArray().Select(e => e.GetProperty("path").GetString()!).ToList();
        var stale = document.RootElement.GetProperty("stale").EnumerateArray().Select(e => e.GetProperty("path").GetString()!).ToList();

        await Assert.That(unmatched).Contains("lib/Zelda (Japan).sfc");
        await Assert.That(stale).IsEquivalentTo(new[] { "lib/Other (USA).sfc" });
        await Assert.That(CliRun.Invoke(home, "validate").Output).Contains("missing since");
    }

    [Test]
    public async Task Extensions_are_added_disabled_and_linked_and_unknown_ones_are_found_in_the_library()
    {
        using var home = Library();
        home.Write("lib/Mystery.xyz1", "?");
        CliRun.Invoke(home, "scan");

        var unknown = CliRun.Invoke(home, "extensions", "--unknown");
        var added = CliRun.Invoke(home, "extensions", "add", ".XYZ1", "--category", "rom", "--platform", "snes", "--json");
        var disabled = CliRun.Invoke(home, "extensions", "disable", "xyz1");
        var badCategory = CliRun.Invoke(home, "extensions", "add", "abc", "--category", "music");
        var badName = CliRun.Invoke(home, "extensions", "add", "../x", "--category", "rom");
        var linked = CliRun.Invoke(home, "extensions", "link", "xyz1", "gb");

        using var json = JsonDocument.Parse(added.Output);
        await Assert.That(unknown.Output).Contains("xyz1");
        await Assert.That(json.RootElement.GetProperty("extension").GetString()).IsEqualTo("xyz1");
        await Assert.That(json.RootElement.GetProperty("platforms").GetString()).IsEqualTo("snes");
        await Assert.That(disabled.Output).Contains(" no ");
        await Assert.That(badCategory.Error).Contains("not a category");
        await Assert.That(badName.Error).Contains("is not an extension");
        await Assert.That(linked.Output).Contains("gb");
        await Assert.That(CliRun.Invoke(home, "extensions", "--unknown").Output).DoesNotContain("xyz1");
    }

    [Test]
    public async Task Platform_names_are_linked_and_unlinked()
    {
        using var home = Library();

        var linked = CliRun.Invoke(home, "platforms", "link", "Super Famicom Jr", "snes");
        var list = CliRun.Invoke(home, "platforms", "--json").Output;
        var unlinked = CliRun.Invoke(home, "platforms", "unlink", "Super Famicom Jr");
        var again = CliRun.Invoke(home, "platforms", "unlink", "Super Famicom Jr");
        var unknown = CliRun.Invoke(home, "platforms", "link", "X", "no such platform");

        await Assert.That(linked.Output).Contains("now leads to Nintendo - Super Nintendo Entertainment System");
        await Assert.That(list).Contains("\"alias\":\"Super Famicom Jr\"");
        await Assert.That(unlinked.ExitCode).IsEqualTo(ExitCodes.Ok);
        await Assert.That(again.ExitCode).IsEqualTo(ExitCodes.Failed);
        await Assert.That(unknown.Error).Contains("unknown platform");
    }

    [Test]
    public async Task Config_set_keeps_the_users_other_keys_and_refuses_a_bad_value_without_touching_the_file()
    {
        using var home = new TempDirectory();
        var file = home.Write("config/romcurator/config.json", """
            {
              // the user's own comment and key
              "scan": { "batchSize": 100 }
            }
            """);

        var set = CliRun.Invoke(home, "config", "set", "archives.maxDepth", "2", "--json");
        var saved = File.ReadAllText(file);
        var tooDeep = CliRun.Invoke(home, "config", "set", "archives.maxDepth", "99");
        var notNumber = CliRun.Invoke(home, "config", "set", "archives.maxDepth", "deep");
        var unknownKey = CliRun.Invoke(home, "config", "set", "paths.database", "/x");
        var shown = CliRun.Invoke(home, "config", "show", "--json").Output;

        await Assert.That(set.ExitCode).IsEqualTo(ExitCodes.Ok);
        await Assert.That(set.Output).Contains("\"value\":\"2\"");
        await Assert.That(tooDeep.ExitCode).IsEqualTo(ExitCodes.Failed);
        await Assert.That(tooDeep.Error).Contains("archives.maxDepth must be between 0 and 32");
        await Assert.That(tooDeep.Error).Contains(file);
        await Assert.That(tooDeep.Error).DoesNotContain(".new");
        await Assert.That(notNumber.Error).Contains("needs a whole number");
        await Assert.That(unknownKey.ExitCode).IsEqualTo(ExitCodes.Failed);
        await Assert.That(File.ReadAllText(file)).IsEqualTo(saved);
        await Assert.That(File.Exists(file + ".new")).IsFalse();
        await Assert.That(shown).Contains("\"batchSize\": 100");
        await Assert.That(shown).Contains("\"maxDepth\": 2");
    }

    /// <summary>A SNES DAT, a root with one matching-by-title file and one unmatched file, scanned.</summary>
    private static TempDirectory Library()
    {
        var home = new TempDirectory();
        SnesCliLibrary.Scan(home, """
            game ( name "Zelda no Densetsu - Kamigami no Triforce (Japan)" rom ( name "c.sfc" size 1 crc 00000003 ) )
            """,
            ("Zelda (Japan).sfc", Fixtures.Bytes(64, 3)),
            ("Other (USA).sfc", Fixtures.Bytes(64, 4)));
        return home;
    }
}
