using RomCurator.Core.Storage;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Storage;

public sealed class SqlStatementTests
{
    [Test]
    public async Task A_prepared_statement_runs_again_with_new_values_and_rows_are_read_by_name()
    {
        using var database = new TestDatabase();
        var connection = database.Connection;
        connection.Once("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, size INTEGER, score REAL, flag INTEGER, data BLOB)").Execute();
        using (var transaction = connection.BeginTransaction())
        {
            using var insert = transaction.Statement("INSERT INTO t (name, size, score, flag, data) VALUES ($name, $size, $score, $flag, $data)").Prepare();
            insert.Bind("$name", "a").Bind("$size", 1L).Bind("$score", 0.5).Bind("$flag", true).Bind("$data", new byte[] { 1, 2 }).Execute();
            insert.Bind("$name", (string?)null).Bind("$size", (long?)null).Bind("$score", (double?)null).Bind("$flag", false)
                .Bind("$data", (byte[]?)null).Execute();
            transaction.Commit();
        }

        var rows = connection.Once("SELECT name, size, score, flag, data, typeof(size) AS size_type FROM t ORDER BY id")
            .All(row => (Name: row.TextOrNull("name"), Size: row.LongOrNull("size"), Score: row.RealOrNull("score"), Flag: row.Flag("flag"),
                Data: row.BlobOrNull("data"), SizeType: row.Text("size_type")));

        await Assert.That(rows.Count).IsEqualTo(2);
        await Assert.That(rows[0]).IsEqualTo(("a", 1L, 0.5, true, rows[0].Data, "integer"));
        await Assert.That(rows[0].Data!).IsEquivalentTo(new byte[] { 1, 2 });
        await Assert.That(rows[1]).IsEqualTo(((string?)null, (long?)null, (double?)null, false, (byte[]?)null, "null"));
    }

    [Test]
    public async Task Scalars_are_null_without_a_row_and_first_is_default()
    {
        using var database = new TestDatabase();
        var connection = database.Connection;

        await Assert.That(connection.Once("SELECT 42").Long()).IsEqualTo(42L);
        await Assert.That(connection.Once("SELECT 'x' WHERE 0").Text()).IsNull();
        await Assert.That(connection.Once("SELECT 1 AS one WHERE 0").First(row => row.Text("one"))).IsNull();
    }

    [Test]
    public async Task A_column_missing_or_named_twice_is_refused_with_its_name()
    {
        using var database = new TestDatabase();
        var connection = database.Connection;

        var missing = Assert.Throws<InvalidOperationException>(() => connection.Once("SELECT 1 AS one").First(row => row.Long("two")));
        var twice = Assert.Throws<InvalidOperationException>(() => connection.Once("SELECT 1 AS one, 2 AS one").First(row => row.Long("one")));

        await Assert.That(missing.Message).Contains("no column named 'two'");
        await Assert.That(twice.Message).Contains("two columns named 'one'");
    }
}
