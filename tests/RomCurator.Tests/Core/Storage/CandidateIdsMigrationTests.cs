using RomCurator.Core.Review;
using RomCurator.Core.Storage;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Storage;

/// <summary>The migration that drops <c>review_decision.candidate_ids</c>, run on a database built at the schema before it.</summary>
public sealed class CandidateIdsMigrationTests
{
    [Test]
    public async Task Suggestions_listed_only_in_the_column_move_to_the_table_and_the_column_goes()
    {
        using var folder = new TempDirectory();
        using var connection = DatabaseOpener.Open(folder.File("old.db"));
        var migrations = EmbeddedMigrations.Load();
        var dropping = migrations.Single(m => m.Name.EndsWith("_review_decision_candidate_ids.sql", StringComparison.Ordinal));
        new MigrationRunner(migrations.Where(m => m.Version < dropping.Version).ToList()).Apply(connection);
        Sql.Execute(connection, """
            INSERT INTO review_decision (decision_id, action, candidate_ids) VALUES (1, 'rejected', '7'), (2, 'accepted', '3,5,11');
            INSERT INTO review_decision_candidate (decision_id, candidate_id, previous_processed, previous_decision, previous_decided_at)
            VALUES (1, 7, 0, 'skipped', '2026-01-01 10:00:00.000');
            """);

        new MigrationRunner(migrations).Apply(connection);

        await Assert.That(Sql.Scalar<long>(connection, "SELECT count(*) FROM pragma_table_info('review_decision') WHERE name = 'candidate_ids'")).IsEqualTo(0L);
        await Assert.That(Sql.Column(connection, """
            SELECT decision_id || ':' || candidate_id || ':' || previous_processed || ':' || coalesce(previous_decision, '-') || ':' || coalesce(previous_decided_at, '-')
            FROM review_decision_candidate ORDER BY decision_id, candidate_id
            """)).IsEquivalentTo(["1:7:0:skipped:2026-01-01 10:00:00.000", "2:3:0:-:-", "2:5:0:-:-", "2:11:0:-:-"]);

        var undone = new ReviewQueue(connection).UndoLast();
        await Assert.That(undone!.CandidateIds).IsEquivalentTo([3L, 5L, 11L]);
        await Assert.That(undone.Message).IsEqualTo("undid the last decision (accepted)");
    }
}
