using System.Text;
using RomCurator.Core.Dats.Import;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Dats;

public sealed class DatBulkLoadTests
{
    private const string Indexes = """
        SELECT name || ': ' || sql FROM sqlite_master
        WHERE type = 'index' AND sql IS NOT NULL
          AND tbl_name IN ('dat_entry', 'dat_entry_metadata', 'dat_atomic_link', 'game_release', 'atomic_game_unit')
        ORDER BY name
        """;

    [Test]
    public async Task Secondary_indexes_are_dropped_past_the_threshold_and_rebuilt_as_they_were()
    {
        using var database = new TestDatabase();
        var before = Sql.Column(database.Connection, Indexes);
        using var transaction = database.Connection.BeginTransaction();
        using var bulk = new DatBulkLoad(database.Connection, transaction);

        bulk.Written(DatBulkLoad.MinimumEntries - 1);
        var deferredEarly = bulk.Deferred;
        bulk.Written(DatBulkLoad.MinimumEntries);
        var during = Sql.Column(database.Connection, Indexes);
        bulk.Rebuild();

        await Assert.That(before.Count(index => index.StartsWith("ix_dat_entry_sha1"))).IsEqualTo(1);
        await Assert.That(deferredEarly).IsFalse();
        await Assert.That(during.Count).IsLessThan(before.Count);
        // Keys written in ascending order (the run, the platform, the release) keep their index; hashes lose theirs.
        await Assert.That(during.Count(index => index.StartsWith("ix_dat_entry_log:", StringComparison.Ordinal))).IsEqualTo(1);
        await Assert.That(during.Count(index => index.StartsWith("ix_dat_entry_release:", StringComparison.Ordinal))).IsEqualTo(1);
        await Assert.That(during.Count(index => index.StartsWith("ix_dat_entry_sha1:", StringComparison.Ordinal))).IsEqualTo(0);
        await Assert.That(during.Count(index => index.StartsWith("ix_dat_entry_crc32_size:", StringComparison.Ordinal))).IsEqualTo(0);
        await Assert.That(during.Where(index => index.Contains("CREATE UNIQUE", StringComparison.Ordinal)).ToList())
            .IsEquivalentTo(before.Where(index => index.Contains("CREATE UNIQUE", StringComparison.Ordinal)).ToList());
        await Assert.That(bulk.Deferred).IsFalse();
        await Assert.That(Sql.Column(database.Connection, Indexes)).IsEquivalentTo(before);
    }

    [Test]
    public async Task The_sorter_threads_and_the_cache_come_back_after_the_rebuild()
    {
        using var database = new TestDatabase();
        Sql.Execute(database.Connection, "PRAGMA threads = 7");
        var cacheBefore = Sql.Scalar<long>(database.Connection, "PRAGMA cache_size");
        using (var transaction = database.Connection.BeginTransaction())
        using (var bulk = new DatBulkLoad(database.Connection, transaction))
        {
            bulk.Written(DatBulkLoad.MinimumEntries);
            bulk.Rebuild();
            var threadsDuring = Sql.Scalar<long>(database.Connection, "PRAGMA threads");
            await Assert.That(threadsDuring).IsEqualTo((long)DatBulkLoad.RebuildThreads);
            transaction.Commit();
        }

        await Assert.That(Sql.Scalar<long>(database.Connection, "PRAGMA threads")).IsEqualTo(7L);
        await Assert.That(Sql.Scalar<long>(database.Connection, "PRAGMA cache_size")).IsEqualTo(cacheBefore);
    }

    [Test]
    public async Task A_large_dat_is_imported_whole_with_its_indexes_and_clone_families()
    {
        using var database = new TestDatabase();
        using var folder = new TempDirectory();
        var before = Sql.Column(database.Connection, Indexes);
        var games = DatBulkLoad.MinimumEntries + 1000;

        var summary = new DatImporter(database.Connection).Import(folder.Write("big.dat", Logiqx(games, games)), null, CancellationToken.None);

        await Assert.That(summary.Status).IsEqualTo("completed");
        await Assert.That(summary.Roms).IsEqualTo((long)games);
        await Assert.That(Sql.Scalar<long>(database.Connection, "SELECT count(*) FROM dat_entry")).IsEqualTo((long)games);
        await Assert.That(Sql.Column(database.Connection, Indexes)).IsEquivalentTo(before);
        await Assert.That(Sql.Scalar<string>(database.Connection, "PRAGMA integrity_check")).IsEqualTo("ok");
        // Clones ("Game N (Europe)", odd N) join the atomic game of their parent ("Game N-1 (USA)").
        var clones = Sql.Scalar<long>(database.Connection, "SELECT count(*) FROM dat_entry WHERE parent_name IS NOT NULL");
        var apart = Sql.Scalar<long>(database.Connection, """
            SELECT count(*) FROM dat_entry clone
            JOIN game_release c ON c.release_id = clone.release_id
            JOIN game_release p ON p.platform_id = c.platform_id AND p.release_name = clone.parent_name
            WHERE c.atomic_id <> p.atomic_id
            """);
        await Assert.That(clones).IsEqualTo((long)games / 2);
        await Assert.That(apart).IsEqualTo(0L);
        // Every entry's structural link names the atomic game its release has after the clones joined.
        var links = Sql.Scalar<long>(database.Connection, "SELECT count(*) FROM dat_atomic_link WHERE rom_id IS NULL");
        var stale = Sql.Scalar<long>(database.Connection, """
            SELECT count(*) FROM dat_atomic_link l JOIN dat_entry e ON e.dat_entry_id = l.dat_entry_id
            JOIN game_release r ON r.release_id = e.release_id
            WHERE l.rom_id IS NULL AND l.atomic_id <> r.atomic_id
            """);
        await Assert.That(links).IsEqualTo((long)games);
        await Assert.That(stale).IsEqualTo(0L);
    }

    [Test]
    public async Task A_large_dat_damaged_past_the_threshold_leaves_the_previous_state_and_its_indexes()
    {
        using var database = new TestDatabase();
        using var folder = new TempDirectory();
        var importer = new DatImporter(database.Connection);
        importer.Import(folder.Write("v1.dat", Logiqx(100, 100)), null, CancellationToken.None);
        var indexes = Sql.Column(database.Connection, Indexes);
        var entries = Sql.Column(database.Connection, "SELECT game_name || '|' || rom_crc32 FROM dat_entry ORDER BY dat_entry_id");
        var full = Logiqx(DatBulkLoad.MinimumEntries + 2000, DatBulkLoad.MinimumEntries + 2000);
        var damaged = full[..full.IndexOf($"Game {DatBulkLoad.MinimumEntries + 1500} ", StringComparison.Ordinal)] + "<game name=\"broken\" <rom";

        var summary = importer.Import(folder.Write("v2.dat", damaged), null, CancellationToken.None);

        await Assert.That(summary.Status).IsEqualTo("failed");
        await Assert.That(entries.Count).IsEqualTo(100);
        await Assert.That(Sql.Column(database.Connection, "SELECT game_name || '|' || rom_crc32 FROM dat_entry ORDER BY dat_entry_id")).IsEquivalentTo(entries);
        await Assert.That(Sql.Column(database.Connection, Indexes)).IsEquivalentTo(indexes);
        await Assert.That(Sql.Scalar<string>(database.Connection, "PRAGMA integrity_check")).IsEqualTo("ok");
    }

    /// <summary>A Logiqx DAT of <paramref name="games"/> one-ROM games; every odd game is a clone of the one before.</summary>
    private static string Logiqx(int games, int seed)
    {
        var text = new StringBuilder("<?xml version=\"1.0\"?>\n<datafile>\n<header><name>Test - Bulk System</name><version>1</version></header>\n");
        for (var i = 0; i < games; i++)
        {
            var name = i % 2 == 0 ? $"Game {i} (USA)" : $"Game {i} (Europe)";
            var clone = i % 2 == 1 ? $" cloneof=\"Game {i - 1} (USA)\"" : "";
            text.Append($"<game name=\"{name}\"{clone}><description>{name}</description>")
                .Append($"<rom name=\"{name}.bin\" size=\"{i + 1}\" crc=\"{(uint)(i * 2654435761u + (uint)seed):x8}\" sha1=\"{i:x40}\"/></game>\n");
        }

        return text.Append("</datafile>\n").ToString();
    }
}
