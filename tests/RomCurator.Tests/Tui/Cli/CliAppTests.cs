using System.Text.Json;
using RomCurator.Tests.Support;
using RomCurator.Tui.Cli;

namespace RomCurator.Tests.Tui.Cli;

public sealed class CliAppTests
{
    [Test]
    public async Task Help_lists_every_verb_and_the_exit_codes()
    {
        using var home = new TempDirectory();

        var run = CliRun.Invoke(home, "--help");

        await Assert.That(run.ExitCode).IsEqualTo(ExitCodes.Ok);
        foreach (var verb in new[] { "scan", "dat import", "review", "organize", "report", "roots add" })
        {
            await Assert.That(run.Output).Contains(verb);
        }

        await Assert.That(run.Output).Contains("3 interrupted");
    }

    [Test]
    public async Task Verb_help_shows_its_flags()
    {
        using var home = new TempDirectory();

        var run = CliRun.Invoke(home, "organize", "--help");

        await Assert.That(run.ExitCode).IsEqualTo(ExitCodes.Ok);
        await Assert.That(run.Output).Contains("--dry-run");
        await Assert.That(run.Output).Contains("--undo RUN");
    }

    [Test]
    public async Task Version_prints_name_version_and_schema()
    {
        using var home = new TempDirectory();

        var text = CliRun.Invoke(home, "--version");
        var json = CliRun.Invoke(home, "--version", "--json");

        await Assert.That(text.Output).StartsWith("romcurator ");
        using var document = JsonDocument.Parse(json.Output);
        await Assert.That(document.RootElement.GetProperty("name").GetString()).IsEqualTo("romcurator");
        await Assert.That(document.RootElement.GetProperty("schema_version").GetInt32()).IsGreaterThan(0);
    }

    [Test]
    public async Task Unknown_verbs_exit_with_the_usage_code_and_json_error()
    {
        using var home = new TempDirectory();

        var run = CliRun.Invoke(home, "frobnicate", "--json");

        await Assert.That(run.ExitCode).IsEqualTo(ExitCodes.Usage);
        await Assert.That(run.Error).Contains("unknown verb 'frobnicate'");
        using var document = JsonDocument.Parse(run.Output);
        await Assert.That(document.RootElement.GetProperty("exit_code").GetInt32()).IsEqualTo(2);
    }

    [Test]
    public async Task Db_info_creates_and_migrates_the_database_at_the_xdg_location()
    {
        using var home = new TempDirectory();

        var run = CliRun.Invoke(home, "db", "info", "--json");

        await Assert.That(run.ExitCode).IsEqualTo(ExitCodes.Ok);
        await Assert.That(File.Exists(home.File("data/romcurator/romcurator.db"))).IsTrue();
        using var document = JsonDocument.Parse(run.Output);
        await Assert.That(document.RootElement.GetProperty("schema_version").GetInt32())
            .IsEqualTo(document.RootElement.GetProperty("known_schema_version").GetInt32());
        await Assert.That(document.RootElement.GetProperty("row_counts").GetProperty("file_extension").GetInt64()).IsGreaterThan(0L);
    }

    [Test]
    public async Task The_db_flag_chooses_the_database_file()
    {
        using var home = new TempDirectory();

        var run = CliRun.Invoke(home, "db", "info", "--db", home.File("elsewhere/my.db"));

        await Assert.That(run.ExitCode).IsEqualTo(ExitCodes.Ok);
        await Assert.That(File.Exists(home.File("elsewhere/my.db"))).IsTrue();
        await Assert.That(File.Exists(home.File("data/romcurator/romcurator.db"))).IsFalse();
    }

    [Test]
    public async Task A_malformed_config_is_one_clear_line_and_exit_code_1()
    {
        using var home = new TempDirectory();
        var file = home.Write("config/romcurator/config.json", "{ \"scan\": ");

        var run = CliRun.Invoke(home, "db", "info");

        await Assert.That(run.ExitCode).IsEqualTo(ExitCodes.Failed);
        await Assert.That(run.Error.TrimEnd().Split('\n').Length).IsEqualTo(1);
        await Assert.That(run.Error).Contains(file);
    }

    [Test]
    public async Task A_newer_database_is_refused_with_a_clear_message()
    {
        using var home = new TempDirectory();
        var path = home.File("future.db");
        using (var connection = RomCurator.Core.Storage.DatabaseOpener.Open(path))
        {
            Sql.Execute(connection, "PRAGMA user_version = 4242;");
        }

        var run = CliRun.Invoke(home, "db", "info", "--db", path);

        await Assert.That(run.ExitCode).IsEqualTo(ExitCodes.Failed);
        await Assert.That(run.Error).Contains("schema version 4242");
    }

    [Test]
    public async Task A_failing_migration_is_one_line_exit_code_1_and_leaves_the_database_unchanged()
    {
        using var home = new TempDirectory();
        var path = home.File("old.db");
        CliRun.Invoke(home, "db", "info", "--db", path);
        List<string> schemaBefore;
        using (var connection = RomCurator.Core.Storage.DatabaseOpener.Open(path))
        {
            // As if 0009 had never run although its table exists: re-running it fails ("already exists").
            Sql.Execute(connection, "PRAGMA user_version = 8;");
            schemaBefore = Sql.Column(connection, "SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_master ORDER BY name");
        }

        var run = RomCuratorProcess.Run(home.Path, ["db", "info", "--db", path]);
        var json = CliRun.Invoke(home, "db", "info", "--db", path, "--json");

        await Assert.That(run.ExitCode).IsEqualTo(ExitCodes.Failed).Because(run.Error);
        await Assert.That(run.Error.TrimEnd().Split('\n').Length).IsEqualTo(1).Because(run.Error);
        await Assert.That(run.Error).StartsWith("romcurator: migration 0009_review_decisions.sql");
        await Assert.That(run.Error).Contains("already exists");
        await Assert.That(run.Error).Contains("not changed (still schema version 8)");
        await Assert.That(json.ExitCode).IsEqualTo(ExitCodes.Failed);
        using var document = JsonDocument.Parse(json.Output);
        await Assert.That(document.RootElement.GetProperty("exit_code").GetInt32()).IsEqualTo(1);
        using var after = RomCurator.Core.Storage.DatabaseOpener.Open(path);
        await Assert.That(Sql.Scalar<long>(after, "PRAGMA user_version")).IsEqualTo(8L);
        await Assert.That(Sql.Column(after, "SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_master ORDER BY name"))
            .IsEquivalentTo(schemaBefore);
    }

    [Test]
    public async Task A_file_that_is_not_a_database_is_named_as_such()
    {
        using var home = new TempDirectory();
        var path = home.Write("notes.db", new string('x', 4096));

        var run = CliRun.Invoke(home, "db", "info", "--db", path);

        await Assert.That(run.ExitCode).IsEqualTo(ExitCodes.Failed);
        await Assert.That(run.Error).Contains("not a RomCurator database");
    }

    [Test]
    public async Task Config_show_prints_the_effective_settings()
    {
        using var home = new TempDirectory();
        home.Write("config/romcurator/config.json", """{ "archives": { "maxDepth": 4 } }""");

        var run = CliRun.Invoke(home, "config", "show", "--json");

        await Assert.That(run.ExitCode).IsEqualTo(ExitCodes.Ok);
        using var document = JsonDocument.Parse(run.Output);
        await Assert.That(document.RootElement.GetProperty("archives").GetProperty("maxDepth").GetInt32()).IsEqualTo(4);
    }
}
