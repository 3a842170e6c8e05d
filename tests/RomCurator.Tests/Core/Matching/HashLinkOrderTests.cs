using System.Security.Cryptography;
using RomCurator.Core.Dats.Import;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Matching;

/// <summary>
/// Hash links are written in the DAT's order (by the DAT entry's structural link, then by file), whatever order the
/// files were found in: link ids are part of the rows a faster join must leave unchanged.
/// </summary>
public sealed class HashLinkOrderTests
{
    [Test]
    public async Task Hash_links_follow_the_dat_order_not_the_order_files_were_found_in()
    {
        using var fixture = new ScanFixture();
        var games = Enumerable.Range(0, 6).Select(i => (Name: $"Game {(char)('A' + i)} (USA)", Data: Fixtures.Bytes(800 + i, 20 + i))).ToList();
        var dat = fixture.Write("../dat.dat", "clrmamepro ( name \"Nintendo - Game Boy\" )\n" + string.Concat(games.Select(g =>
            $"game ( name \"{g.Name}\" rom ( name \"{g.Name}.gb\" size {g.Data.Length} sha1 {Convert.ToHexStringLower(SHA1.HashData(g.Data))} ) )\n")));
        using (var connection = fixture.Open())
        {
            new DatImporter(connection).Import(dat, null, CancellationToken.None);
        }

        // The first game of the DAT in the last file name, and so on: files are found the other way round.
        for (var i = 0; i < games.Count; i++)
        {
            fixture.Write($"{(char)('z' - i)}.gb", games[i].Data);
        }

        fixture.AddRoot();

        var summary = fixture.Scan();

        var datOrder = string.Join(" | ", games.Select(g => g.Name));
        await Assert.That(summary.MatchedHash).IsEqualTo(6L);
        await Assert.That(string.Join(" | ", fixture.Column("""
            SELECT e.game_name FROM dat_atomic_link l JOIN dat_entry e ON e.dat_entry_id = l.dat_entry_id
            WHERE l.rom_id IS NOT NULL ORDER BY l.rom_id
            """))).IsNotEqualTo(datOrder).Because("the files must be found in another order than the DAT's for this to tell");
        await Assert.That(string.Join(" | ", fixture.Column("""
            SELECT e.game_name FROM dat_atomic_link l JOIN dat_entry e ON e.dat_entry_id = l.dat_entry_id
            WHERE l.rom_id IS NOT NULL ORDER BY l.link_id
            """))).IsEqualTo(datOrder);
    }
}
