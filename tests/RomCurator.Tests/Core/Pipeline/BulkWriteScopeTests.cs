using Microsoft.Data.Sqlite;
using RomCurator.Core.Pipeline;
using RomCurator.Core.Pipeline.Checkpoints;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Pipeline;

public sealed class BulkWriteScopeTests
{
    private static readonly ScanStep Discovery = new(ScanPhases.Discovery, Checkpointed: true, () => { }, BulkWrites: true);
    private static readonly ScanStep Hashing = new(ScanPhases.Hashing, Checkpointed: true, () => { }, BulkWrites: true);
    private static readonly ScanStep Matching = new(ScanPhases.Matching, Checkpointed: false, () => { });

    [Test]
    public async Task The_write_settings_hold_across_the_bulk_steps_and_are_restored_before_the_next()
    {
        using var database = new TestDatabase();
        var before = Settings(database.Connection);
        using var scope = new BulkWriteScope(database.Connection);

        scope.Enter(Discovery);
        var inDiscovery = Settings(database.Connection);
        scope.Enter(Hashing);
        var inHashing = Settings(database.Connection);
        scope.Enter(Matching);

        await Assert.That(inDiscovery).IsNotEqualTo(before);
        await Assert.That(inDiscovery).IsEqualTo("2 -16384");
        await Assert.That(inHashing).IsEqualTo(inDiscovery);
        await Assert.That(scope.IsApplied).IsFalse();
        await Assert.That(Settings(database.Connection)).IsEqualTo(before);
    }

    [Test]
    public async Task A_run_that_stops_in_a_bulk_step_gets_the_settings_back_when_the_scope_ends()
    {
        using var database = new TestDatabase();
        var before = Settings(database.Connection);
        var scope = new BulkWriteScope(database.Connection);

        scope.Enter(Hashing);
        await Assert.That(scope.IsApplied).IsTrue();
        scope.Dispose();

        await Assert.That(Settings(database.Connection)).IsEqualTo(before);
    }

    private static string Settings(SqliteConnection connection) =>
        $"{Pragma(connection, "temp_store")} {Pragma(connection, "cache_size")}";

    private static long Pragma(SqliteConnection connection, string name)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
