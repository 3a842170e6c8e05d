using System.Text;
using RomCurator.Core.Dats.Import;
using RomCurator.Core.Dats.Parsing;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Dats;

public sealed class RecentGamesTests
{
    [Test]
    public async Task A_game_keeps_every_rom_written_under_its_name_until_too_many_others_come()
    {
        var recent = new RecentGames();
        var a = new DatRom("a.bin", 1, "00000001", null, null, null, false);
        var b = new DatRom("b.bin", 2, "00000002", null, null, null, false);
        recent.Remember("Game (USA)", 7, 3, "USA", null, [], [a]);
        recent.Remember("Game (USA)", 7, 3, "USA", null, [a], [b]);
        var held = recent.Find("Game (USA)");
        for (var i = 0; i < RecentGames.MaxGames; i++)
        {
            recent.Remember($"Other {i}", 100 + i, 4, null, null, [], [a]);
        }

        await Assert.That(held).IsNotNull();
        await Assert.That(held!.Roms.Select(r => r.Name).ToList()).IsEquivalentTo(["a.bin", "b.bin"]);
        await Assert.That(held.ReleaseId).IsEqualTo(7L);
        await Assert.That(recent.Find("Game (USA)")).IsNull();
        await Assert.That(recent.Find($"Other {RecentGames.MaxGames - 1}")).IsNotNull();
    }

    [Test]
    public async Task A_game_listed_again_right_away_gives_the_rows_of_one_listed_again_far_later()
    {
        // Right away: checked against memory. Far later (past what RecentGames holds): read back from the database.
        var near = Rows(Dat(separation: 0));
        var far = Rows(Dat(separation: RecentGames.MaxGames + 10));

        await Assert.That(near.Count).IsEqualTo(RecentGames.MaxGames + 10 + 4);
        await Assert.That(near.Where(row => row.Contains("(#2)", StringComparison.Ordinal)).ToList()).Count().IsEqualTo(1);
        await Assert.That(near).IsEquivalentTo(far);
    }

    /// <summary>"Twice (USA)" listed twice (a same ROM, merged; one of the same name with other content, renamed), the second listing described as another title.</summary>
    private static string Dat(int separation)
    {
        var filler = Enumerable.Range(0, RecentGames.MaxGames + 10)
            .Select(i => $"<game name=\"Filler {i} (USA)\"><rom name=\"f{i}.bin\" size=\"1\" crc=\"{i + 16:x8}\"/></game>\n").ToList();
        var first = "<game name=\"Twice (USA)\"><rom name=\"a.bin\" size=\"1\" crc=\"00000001\"/><rom name=\"b.bin\" size=\"1\" crc=\"00000002\"/></game>\n";
        var second = "<game name=\"Twice (USA)\"><description>Twice Again (USA)</description><rom name=\"a.bin\" size=\"1\" crc=\"00000001\"/>"
                     + "<rom name=\"b.bin\" size=\"1\" crc=\"00000003\"/><rom name=\"c.bin\" size=\"1\" crc=\"00000004\"/></game>\n";
        var text = new StringBuilder("<?xml version=\"1.0\"?>\n<datafile>\n<header><name>Test - Repeats</name><version>1</version></header>\n");
        text.Append(first);
        filler.Take(separation).ToList().ForEach(game => text.Append(game));
        text.Append(second);
        filler.Skip(separation).ToList().ForEach(game => text.Append(game));
        return text.Append("</datafile>\n").ToString();
    }

    private static List<string> Rows(string dat)
    {
        using var database = new TestDatabase();
        using var folder = new TempDirectory();
        var summary = new DatImporter(database.Connection).Import(folder.Write("repeats.dat", dat), null, CancellationToken.None);
        if (summary.Status != "completed")
        {
            throw new InvalidOperationException(summary.Error);
        }

        return Sql.Column(database.Connection, """
            SELECT e.game_name || '|' || e.rom_name || '|' || e.rom_crc32 || '|' || a.canonical_title || '|' || la.canonical_title
            FROM dat_entry e JOIN game_release r ON r.release_id = e.release_id JOIN atomic_game_unit a ON a.atomic_id = r.atomic_id
            JOIN dat_atomic_link l ON l.dat_entry_id = e.dat_entry_id AND l.rom_id IS NULL JOIN atomic_game_unit la ON la.atomic_id = l.atomic_id
            """);
    }
}
