using System.Text;
using Microsoft.Data.Sqlite;
using RomCurator.Core.Dats.Import;
using RomCurator.Core.Matching;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Matching;

/// <summary>
/// Kept title rows that do not decode to what their row says (a flipped byte, chunks swapped, renumbered, cut, added or
/// emptied, a title count out of range or not a number) are stale: the next index is built from the names, finds what
/// the first one found, and keeps exactly the rows the first build kept. Never trusted, never a crash.
/// </summary>
public sealed class KeptTitleChunkDamageTests
{
    private const int Games = 5000;

    private static readonly (string Name, Action<SqliteConnection> Damage)[] Damages =
    [
        ("a flipped bit in a hash", connection => Change(connection, 2, blob => blob[blob.Length / 2] ^= 0x10)),
        ("a flipped bit in an entry id", connection => Change(connection, 3, blob => blob[0] ^= 0x02)),
        ("chunks 0 and 1 swapped", connection =>
        {
            Execute(connection, "UPDATE dat_title_chunk SET chunk = 100 WHERE chunk = 0");
            Execute(connection, "UPDATE dat_title_chunk SET chunk = 0 WHERE chunk = 1");
            Execute(connection, "UPDATE dat_title_chunk SET chunk = 1 WHERE chunk = 100");
        }),
        ("the last chunk renumbered past a gap", connection => Execute(connection, "UPDATE dat_title_chunk SET chunk = 9 WHERE chunk = 4")),
        ("a chunk added after the last", connection => Execute(connection,
            "INSERT INTO dat_title_chunk (dat_id, platform_id, chunk, titles) SELECT dat_id, platform_id, 5, titles FROM dat_title_chunk WHERE chunk = 4")),
        ("a checksum cut short", connection => Change(connection, 0, blob => blob[..^1])),
        ("a chunk of text", connection => Execute(connection, "UPDATE dat_title_chunk SET titles = 'rocket' WHERE chunk = 1")),
        ("an empty chunk", connection => Execute(connection, "UPDATE dat_title_chunk SET titles = x'' WHERE chunk = 1")),
        ("a negative title count", connection => Execute(connection, "UPDATE dat_title_index SET titles = -1")),
        ("a title count past the entries", connection => Execute(connection, "UPDATE dat_title_index SET titles = entries + 1")),
        ("a huge title count", connection => Execute(connection, "UPDATE dat_title_index SET titles = 4294967296 + titles")),
        ("a title count of text", connection => Execute(connection, "UPDATE dat_title_index SET titles = 'many'")),
    ];

    [Test]
    public async Task Kept_rows_that_do_not_decode_to_what_their_row_says_are_built_again_as_they_were()
    {
        using var database = new TestDatabase();
        var connection = database.Connection;
        var path = Path.Combine(Path.GetDirectoryName(database.Path)!, "one.dat");
        var text = new StringBuilder("clrmamepro ( name \"Acme - Testcart\" version \"1\" )\n");
        for (var i = 1; i <= Games; i++)
        {
            text.Append($"game ( name \"Rocket Race {i} (USA)\" rom ( name \"{i}.bin\" size 1 crc {i:x8} ) )\n");
        }

        File.WriteAllText(path, text.ToString());
        new DatImporter(connection).Import(path, null, CancellationToken.None);
        var platformId = Sql.Scalar<long>(connection, "SELECT platform_id FROM dat_entry LIMIT 1");
        var built = Candidates(connection, platformId);
        var keptRows = Kept(connection);

        var outcomes = new List<string>();
        foreach (var (name, damage) in Damages)
        {
            damage(connection);
            var damaged = Kept(connection);
            string found;
            try
            {
                found = Candidates(connection, platformId);
            }
            catch (Exception exception)
            {
                found = exception.GetType().Name + ": " + exception.Message;
            }

            var keptAgain = Kept(connection);
            outcomes.Add($"{name}: damaged {damaged != keptRows}, found {(found == built ? "the same" : found)}, kept again {(keptAgain == keptRows ? "as before" : "otherwise")}");
        }

        await Assert.That(built).StartsWith("Rocket Race 4321 (USA)");
        await Assert.That(keptRows).Contains($"titles {Games}");
        await Assert.That(outcomes).IsEquivalentTo(
            Damages.Select(d => $"{d.Name}: damaged True, found the same, kept again as before"),
            TUnit.Assertions.Enums.CollectionOrdering.Matching);
    }

    /// <summary>Everything kept: the row's title count and every chunk's number and bytes.</summary>
    private static string Kept(SqliteConnection connection) =>
        "titles " + string.Join(", ", Sql.Column(connection, "SELECT quote(titles) FROM dat_title_index")) + "; "
        + string.Join(", ", Sql.Column(connection, "SELECT chunk || ':' || hex(titles) FROM dat_title_chunk ORDER BY chunk"));

    private static string Candidates(SqliteConnection connection, long platformId)
    {
        using var transaction = connection.BeginTransaction();
        using var index = TitleIndex.Load(connection, platformId);
        var titles = string.Join(", ", index.Candidates(TitleFacts.FromFileName("Rocket Race 4321.bin")).Select(t => t.GameName));
        transaction.Commit();
        return titles;
    }

    private static void Change(SqliteConnection connection, int chunk, Action<byte[]> change) => Change(connection, chunk, blob =>
    {
        change(blob);
        return blob;
    });

    private static void Change(SqliteConnection connection, int chunk, Func<byte[], byte[]> change)
    {
        var blob = Sql.Scalar<byte[]>(connection, "SELECT titles FROM dat_title_chunk WHERE chunk = $c", ("$c", chunk));
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE dat_title_chunk SET titles = $t WHERE chunk = $c";
        command.Parameters.AddWithValue("$t", change(blob));
        command.Parameters.AddWithValue("$c", chunk);
        command.ExecuteNonQuery();
    }

    private static void Execute(SqliteConnection connection, string sql) => Sql.Execute(connection, sql);
}
