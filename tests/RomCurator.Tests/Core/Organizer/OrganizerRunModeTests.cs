using RomCurator.Core.Organizer;
using RomCurator.Core.Storage;
using RomCurator.Tests.Support;
using RomCurator.Tests.Tui.Cli;

namespace RomCurator.Tests.Core.Organizer;

/// <summary>An organizer run's mode lives in import_log.run_mode (migration 0016), no longer in file_name.</summary>
public sealed class OrganizerRunModeTests
{
    [Test]
    public async Task Migration_15_moves_the_mode_of_earlier_organizer_runs_out_of_file_name()
    {
        using var folder = new TempDirectory();
        using var connection = DatabaseOpener.Open(folder.File("old.db"));
        new MigrationRunner(EmbeddedMigrations.Load().Where(m => m.Version <= 14).ToList()).Apply(connection);
        Sql.Execute(connection, """
            INSERT INTO import_log (source_id, file_name) SELECT source_id, 'apply' FROM metadata_source WHERE name = 'organizer';
            INSERT INTO import_log (source_id, file_name) SELECT source_id, 'undo' FROM metadata_source WHERE name = 'organizer';
            INSERT INTO import_log (source_id, file_name) SELECT source_id, 'apply' FROM metadata_source WHERE name <> 'organizer' LIMIT 1;
            """);

        new MigrationRunner().Apply(connection);

        await Assert.That(Sql.Column(connection, "SELECT ifnull(file_name, '-') || ' ' || ifnull(run_mode, '-') FROM import_log ORDER BY log_id"))
            .IsEquivalentTo(["- apply", "- undo", "apply -"]);
        await Assert.That(MigrationRunner.ReadUserVersion(connection)).IsGreaterThanOrEqualTo(16);
    }

    [Test]
    public async Task Apply_and_undo_runs_record_their_mode_in_its_own_column_and_runs_still_shows_it()
    {
        using var home = new TempDirectory();
        OrganizeVerbTests.Library(home, 1);
        var organizer = OrganizeVerbTests.Organizer(home);
        var applied = organizer.Apply((string?)null, CancellationToken.None);
        var latest = organizer.LatestAppliedRun();
        var undone = organizer.Undo(applied.RunId!.Value, CancellationToken.None);
        var runs = CliRun.Invoke(home, "runs", "--json");

        using var connection = DatabaseOpener.Open(home.File("data/romcurator/romcurator.db"));
        await Assert.That(latest).IsEqualTo(applied.RunId);
        await Assert.That(Sql.Column(connection, $"SELECT ifnull(file_name, '-') || ' ' || run_mode FROM import_log WHERE log_id IN ({applied.RunId}, {undone.RunId}) ORDER BY log_id"))
            .IsEquivalentTo(["- apply", "- undo"]);
        await Assert.That(runs.Output).Contains("\"file\":\"undo\"");
    }
}
