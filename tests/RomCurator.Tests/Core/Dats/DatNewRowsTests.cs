using RomCurator.Core.Dats.Import;
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
}
