using RomCurator.Core.Dats.Import;
using RomCurator.Core.Dats.Parsing;
using RomCurator.Core.Runs;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Dats;

public sealed class DatNewRowsTests
{
    [Test]
    public async Task A_new_dats_structural_links_are_written_at_the_end_in_entry_order_to_the_games_of_their_releases()
    {
        using var database = new TestDatabase();
        var connection = database.Connection;
        using var folder = new TempDirectory();
        // "Twice" listed again later under another title: its release moves to that title's atomic game.
        var path = folder.Write("links.dat", """
            <?xml version="1.0"?>
            <datafile>
            <header><name>Test - Links</name><version>1</version></header>
            <game name="twice"><description>First Title (USA)</description><rom name="a.bin" size="1" crc="00000001"/><rom name="b.bin" size="1" crc="00000002"/></game>
            <game name="Other (USA)"><rom name="c.bin" size="1" crc="00000003"/></game>
            <game name="twice"><description>Second Title (USA)</description><rom name="d.bin" size="1" crc="00000004"/></game>
            </datafile>
            """);

        var summary = new DatImporter(connection).Import(path, null, CancellationToken.None);

        await Assert.That(summary.Status).IsEqualTo("completed");
        await Assert.That(Sql.Column(connection, "SELECT dat_entry_id FROM dat_atomic_link WHERE rom_id IS NULL ORDER BY link_id"))
            .IsEquivalentTo(Sql.Column(connection, "SELECT dat_entry_id FROM dat_entry ORDER BY dat_entry_id"));
        await Assert.That(Sql.Scalar<long>(connection, "SELECT count(*) FROM dat_atomic_link")).IsEqualTo(4L);
        await Assert.That(Sql.Column(connection, """
            SELECT e.rom_name || '=' || a.canonical_title FROM dat_entry e
            JOIN dat_atomic_link l ON l.dat_entry_id = e.dat_entry_id JOIN atomic_game_unit a ON a.atomic_id = l.atomic_id
            ORDER BY e.dat_entry_id
            """)).IsEquivalentTo(["a.bin=Second Title", "b.bin=Second Title", "c.bin=Other", "d.bin=Second Title"]);
    }

    [Test]
    public async Task A_release_moved_to_another_title_leaves_no_atomic_game_without_releases()
    {
        using var database = new TestDatabase();
        using var folder = new TempDirectory();
        var path = folder.Write("moved.dat", """
            <?xml version="1.0"?>
            <datafile>
            <header><name>Test - Moved</name><version>1</version></header>
            <game name="twice"><description>First Title (USA)</description><rom name="a.bin" size="1" crc="00000001"/></game>
            <game name="Other (USA)"><rom name="c.bin" size="1" crc="00000003"/></game>
            <game name="twice"><description>Second Title (USA)</description><rom name="d.bin" size="1" crc="00000004"/></game>
            </datafile>
            """);

        var summary = new DatImporter(database.Connection).Import(path, null, CancellationToken.None);

        await Assert.That(summary.Status).IsEqualTo("completed");
        await Assert.That(Sql.Column(database.Connection, "SELECT canonical_title FROM atomic_game_unit ORDER BY canonical_title"))
            .IsEquivalentTo(["Other", "Second Title"]);
    }

    [Test]
    public async Task Games_without_roms_leave_no_release_and_no_atomic_game()
    {
        using var database = new TestDatabase();
        using var folder = new TempDirectory();
        var path = folder.Write("empty.dat", """
            <?xml version="1.0"?>
            <datafile>
            <header><name>Test - Empty</name><version>1</version></header>
            <game name="Full (USA)"><rom name="a.bin" size="1" crc="00000001"/></game>
            <game name="Empty (USA)"><description>Empty (USA)</description></game>
            <game name="Bios Only (USA)" isbios="yes"></game>
            </datafile>
            """);

        var summary = new DatImporter(database.Connection).Import(path, null, CancellationToken.None);

        await Assert.That(summary.Games).IsEqualTo(3L);
        await Assert.That(Sql.Column(database.Connection, "SELECT release_name FROM game_release")).IsEquivalentTo(["Full (USA)"]);
        await Assert.That(Sql.Column(database.Connection, "SELECT canonical_title FROM atomic_game_unit")).IsEquivalentTo(["Full"]);
    }

    [Test]
    public async Task A_new_dat_of_a_platform_with_orphans_sweeps_them()
    {
        using var database = new TestDatabase();
        using var folder = new TempDirectory();
        var first = folder.Write("first.dat", """
            <?xml version="1.0"?>
            <datafile><header><name>Test - First</name><version>1</version></header>
            <game name="Left Behind (USA)"><rom name="a.bin" size="1" crc="00000001"/></game></datafile>
            """);
        var second = folder.Write("second.dat", """
            <?xml version="1.0"?>
            <datafile><header><name>Test - Second</name><version>1</version></header>
            <game name="Kept (USA)"><rom name="b.bin" size="1" crc="00000002"/></game></datafile>
            """);
        new DatImporter(database.Connection).Import(first, "snes", CancellationToken.None);
        // The first DAT's entries gone (as a DAT removal leaves its releases to the next import's sweep).
        Sql.Execute(database.Connection, "DELETE FROM dat_entry");

        var summary = new DatImporter(database.Connection).Import(second, "snes", CancellationToken.None);

        await Assert.That(summary.Error).IsNull();
        await Assert.That(Sql.Column(database.Connection, "SELECT release_name FROM game_release")).IsEquivalentTo(["Kept (USA)"]);
        await Assert.That(Sql.Column(database.Connection, "SELECT canonical_title FROM atomic_game_unit")).IsEquivalentTo(["Kept"]);
    }

    [Test]
    public async Task Only_a_new_dat_whose_every_release_and_title_has_its_rows_skips_the_sweeps()
    {
        await Assert.That(LeftNoOrphans(Game("Alpha (USA)", "a.bin"), Game("Beta (Europe)", "b.bin"))).IsTrue();
        await Assert.That(LeftNoOrphans(Game("Alpha (USA)", "a.bin"), Game("Empty (USA)"))).IsFalse();
        await Assert.That(LeftNoOrphans(Game("Alpha (USA)", "a.bin"), Game("Alpha (Japan)", "j.bin") with { CloneOf = "Alpha (USA)" })).IsFalse();
        await Assert.That(LeftNoOrphans(Game("twice", "a.bin") with { Description = "First (USA)" },
            Game("twice", "b.bin") with { Description = "Second (USA)" })).IsFalse();
    }

    /// <summary>What a writer of a new DAT holding <paramref name="games"/> tells the family linker.</summary>
    private static bool LeftNoOrphans(params DatGame[] games)
    {
        using var database = new TestDatabase();
        var connection = database.Connection;
        var logId = new ImportRunStore(connection).Start(DatImporter.SourceName, "test.dat");
        var platform = new DatPlatformResolver(connection).Resolve("Test - Writer", null);
        var sourceId = Sql.Scalar<long>(connection, "SELECT source_id FROM metadata_source WHERE name = 'dat_import'");
        using var transaction = connection.BeginTransaction();
        var datId = new DatFileStore(connection).Upsert(transaction, new DatHeader("Test - Writer", null, "1", null, null), DatFormat.Logiqx,
            platform.PlatformId, sourceId, logId);
        using var newRows = new DatNewRows(connection, transaction, datId, platform.PlatformId, logId, sourceId);
        using var writer = new DatImportWriter(connection, datId, platform.PlatformId, logId, sourceId, newRows);
        foreach (var game in games)
        {
            writer.Write(transaction, game, new DatProblemTally());
        }

        writer.Complete();
        return writer.Shape.LeftNoOrphans;
    }

    private static DatGame Game(string name, params string[] roms) =>
        new(name, null, null, null, false, [.. roms.Select((rom, i) => new DatRom(rom, 1, $"{i + 1:x8}", null, null, null, false))], 1);
}
