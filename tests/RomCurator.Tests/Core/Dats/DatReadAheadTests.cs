using System.Text;
using RomCurator.Core.Dats.Import;
using RomCurator.Core.Dats.Parsing;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Dats;

public sealed class DatReadAheadTests
{
    [Test]
    [Arguments("mame2000_logiqx.xml.dat")]
    [Arguments("no-intro_clrmamepro_Nintendo - Nintendo Entertainment System.dat")]
    public async Task Games_come_out_checked_and_named_in_the_order_the_reader_gives_them(string file)
    {
        var path = Path.Combine(RepositoryPaths.Shared, "dats", file);
        var expected = Direct(path);

        using var reader = DatFileOpener.Open(path);
        using var readAhead = new DatReadAhead(reader, CancellationToken.None);
        var read = readAhead.Games().Select(Describe).ToList();

        await Assert.That(expected.Count).IsGreaterThan(DatReadAhead.BatchSize * (DatReadAhead.QueuedBatches + 2));
        await Assert.That(string.Join("\n", read)).IsEqualTo(string.Join("\n", expected));
    }

    [Test]
    public async Task A_dat_damaged_after_many_games_gives_those_games_then_the_readers_own_error()
    {
        using var folder = new TempDirectory();
        var games = DatReadAhead.BatchSize * 3 + 17;
        var text = new StringBuilder("<?xml version=\"1.0\"?>\n<datafile>\n<header><name>Test - System</name></header>\n");
        for (var i = 0; i < games; i++)
        {
            text.Append($"<game name=\"Game {i} (USA)\"><rom name=\"g{i}.bin\" size=\"4\" crc=\"{i:x8}\"/></game>\n");
        }

        text.Append("<game name=\"broken\"><rom name=\"x\" size=\"4\" crc=\"00000000\"></game>\n</datafile>\n");
        var path = folder.Write("damaged.dat", text.ToString());
        var directCount = 0;
        Exception? directError = null;
        using (var direct = DatFileOpener.Open(path))
        {
            try
            {
                foreach (var _ in direct.Games(CancellationToken.None))
                {
                    directCount++;
                }
            }
            catch (DatParseException thrown)
            {
                directError = thrown;
            }
        }

        using var reader = DatFileOpener.Open(path);
        using var readAhead = new DatReadAhead(reader, CancellationToken.None);
        var count = 0;
        Exception? error = null;
        try
        {
            foreach (var _ in readAhead.Games())
            {
                count++;
            }
        }
        catch (Exception thrown)
        {
            error = thrown;
        }

        await Assert.That(directError).IsNotNull();
        await Assert.That(directCount).IsGreaterThanOrEqualTo(games);
        await Assert.That(count).IsEqualTo(directCount);
        await Assert.That(error).IsTypeOf<DatParseException>();
        await Assert.That(error!.Message).IsEqualTo(directError!.Message);
    }

    [Test]
    public async Task Stopping_after_one_game_ends_the_reading_thread_and_gives_the_reader_back()
    {
        var path = Path.Combine(RepositoryPaths.Shared, "dats", "no-intro_clrmamepro_Nintendo - Nintendo Entertainment System.dat");
        using var reader = DatFileOpener.Open(path);
        var readAhead = new DatReadAhead(reader, CancellationToken.None);
        var first = readAhead.Games().First();
        // The reading thread is blocked on the full queue by now (thousands of games, a few batches queued).
        var disposed = Task.Run(readAhead.Dispose);

        var finished = await Task.WhenAny(disposed, Task.Delay(Wait.HangGuard)) == disposed;

        await Assert.That(first.Game).IsNotNull();
        await Assert.That(finished).IsTrue();
        await Assert.That(reader.MoveToNextDat()).IsFalse();
    }

    [Test]
    public async Task A_cancelled_import_comes_out_as_cancelled()
    {
        var path = Path.Combine(RepositoryPaths.Shared, "dats", "mame2000_logiqx.xml.dat");
        using var cancellation = new CancellationTokenSource();
        using var reader = DatFileOpener.Open(path);
        using var readAhead = new DatReadAhead(reader, cancellation.Token);
        var count = 0;
        Exception? error = null;
        try
        {
            foreach (var _ in readAhead.Games())
            {
                if (++count == 10)
                {
                    cancellation.Cancel();
                }
            }
        }
        catch (Exception thrown)
        {
            error = thrown;
        }

        await Assert.That(count).IsGreaterThanOrEqualTo(10);
        await Assert.That(count).IsLessThan(2241);
        await Assert.That(error).IsAssignableTo<OperationCanceledException>();
    }

    private static List<string> Direct(string path)
    {
        using var reader = DatFileOpener.Open(path);
        return reader.Games(CancellationToken.None).Select(listed =>
        {
            var (game, problems) = DatGameCheck.Check(listed);
            return Describe(new DatCheckedGame(game, problems, game is null ? null : DatImportWriter.NameOf(game)));
        }).ToList();
    }

    private static string Describe(DatCheckedGame checkedGame) =>
        $"{checkedGame.Game?.Name}|{checkedGame.Game?.Roms.Count}|{string.Join(",", checkedGame.Game?.Roms.Select(r => r.Name + r.Crc32) ?? [])}|" +
        $"{string.Join(",", checkedGame.Problems.Select(p => p.Kind + p.Message))}|{checkedGame.Name}";
}
