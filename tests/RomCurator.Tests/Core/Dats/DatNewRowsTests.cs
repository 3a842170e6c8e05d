using RomCurator.Core.Dats.Import;
using RomCurator.Core.Storage;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Dats;

public sealed class DatNewRowsTests
{
    [Test]
    public async Task A_release_upserted_only_because_its_name_may_repeat_is_not_taken_for_a_changed_one()
    {
        using var database = new TestDatabase();
        var connection = database.Connection;
        var sourceId = Sql.Scalar<long>(connection, "SELECT min(source_id) FROM metadata_source");
        using var transaction = connection.BeginTransaction();
        using var rows = new DatNewRows(connection, transaction, datId: 1, platformId: 1, logId: 1, sourceId: sourceId);
        var atomic = rows.Atomic("Alpha", "alpha", () => throw new InvalidOperationException("the platform had no atomic game"));
        long Upsert(string name) => transaction.Once("""
            INSERT INTO game_release (atomic_id, platform_id, release_name) VALUES ($atomic, 1, $name)
            ON CONFLICT(platform_id, release_name) DO UPDATE SET atomic_id = excluded.atomic_id
            RETURNING release_id
            """).Bind("$atomic", atomic).Bind("$name", name).Long()!.Value;

        var first = rows.Release(atomic, "Alpha (USA)", "USA", null, mayRepeat: false, () => throw new InvalidOperationException("appended"));
        // The bit set said "maybe" for a name this import never wrote: the upsert inserts it.
        var fresh = rows.Release(atomic, "Alpha (Japan)", "Japan", null, mayRepeat: true, () => Upsert("Alpha (Japan)"));
        var afterFresh = rows.ReleasesUpserted;
        var again = rows.Release(atomic, "Alpha (USA)", "USA", null, mayRepeat: true, () => Upsert("Alpha (USA)"));

        await Assert.That(fresh).IsEqualTo(first + 1);
        await Assert.That(afterFresh).IsFalse();
        await Assert.That(again).IsEqualTo(first);
        await Assert.That(rows.ReleasesUpserted).IsTrue();
    }
}
