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

    [Test]
    public async Task A_game_listed_twice_is_looked_up_through_the_dat_game_rom_index_not_the_whole_import()
    {
        using var database = new TestDatabase();
        var dat = new StringBuilder("clrmamepro ( name \"Nintendo - Nintendo Entertainment System\" version \"1\" )\n");
        var crc = 1;
        foreach (var block in new[] { "headered", "headerless" })
        {
            for (var i = 0; i < 300; i++)
            {
                dat.Append($"game ( name \"Game {i} (USA)\" rom ( name \"Game {i} (USA).nes\" size 16 crc {crc++:x8} ) )\n");
            }
        }

        var path = Path.Combine(Path.GetDirectoryName(database.Path)!, "nes.dat");
        File.WriteAllText(path, dat.ToString());
        var summary = new DatImporter(database.Connection).Import(path, null, CancellationToken.None);

        using var plan = database.Connection.CreateCommand();
        plan.CommandText = "EXPLAIN QUERY PLAN " + DatImportWriter.WrittenRomsSql;
        plan.Parameters.AddWithValue("$dat", 1);
        plan.Parameters.AddWithValue("$game", "Game 1 (USA)");
        plan.Parameters.AddWithValue("$log", 1);
        var steps = new List<string>();
        using (var reader = plan.ExecuteReader())
        {
            while (reader.Read())
            {
                steps.Add(reader.GetString(3));
            }
        }

        await Assert.That(summary.Status).IsEqualTo("completed");
        await Assert.That(steps).IsNotEmpty();
        await Assert.That(string.Join(" | ", steps)).Contains("ux_dat_entry_dat_game_rom");
    }
}
