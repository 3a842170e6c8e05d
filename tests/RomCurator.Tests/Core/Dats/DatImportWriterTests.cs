using System.Text;
using RomCurator.Core.Dats.Import;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Dats;

public sealed class DatImportWriterTests
{
    [Test]
    public async Task A_title_met_again_after_thousands_of_others_joins_its_first_atomic_game()
    {
        using var database = new TestDatabase();
        var dat = new StringBuilder("clrmamepro ( name \"Nintendo - Game Boy\" version \"1\" )\n");
        var crc = 1;
        foreach (var game in new[] { "Alpha Quest (USA)" }.Concat(Enumerable.Range(0, 5000).Select(i => $"Filler {i} (USA)")).Append("Alpha Quest (Europe)"))
        {
            dat.Append($"game ( name \"{game}\" rom ( name \"{game}.gb\" size 1 crc {crc++:x8} ) )\n");
        }

        var path = Path.Combine(Path.GetDirectoryName(database.Path)!, "gb.dat");
        File.WriteAllText(path, dat.ToString());

        var summary = new DatImporter(database.Connection).Import(path, null, CancellationToken.None);

        await Assert.That(summary.Status).IsEqualTo("completed");
        await Assert.That(Sql.Scalar<long>(database.Connection, "SELECT count(*) FROM atomic_game_unit")).IsEqualTo(5001L);
        await Assert.That(Sql.Scalar<long>(database.Connection,
            "SELECT count(DISTINCT atomic_id) FROM game_release WHERE release_name LIKE 'Alpha Quest%'")).IsEqualTo(1L);
        await Assert.That(Sql.Scalar<long>(database.Connection, """
            SELECT count(DISTINCT l.atomic_id) FROM dat_atomic_link l JOIN dat_entry e ON e.dat_entry_id = l.dat_entry_id
            WHERE e.game_name LIKE 'Alpha Quest%'
            """)).IsEqualTo(1L);
    }
}
