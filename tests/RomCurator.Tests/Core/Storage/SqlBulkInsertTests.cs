using RomCurator.Core.Storage;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Storage;

public sealed class SqlBulkInsertTests
{
    [Test]
    public async Task Rows_are_written_in_order_with_their_constants_in_full_and_partial_statements()
    {
        using var database = new TestDatabase();
        var connection = database.Connection;
        Sql.Execute(connection, "CREATE TABLE bulk_probe (id INTEGER PRIMARY KEY, name TEXT, size INTEGER, kind TEXT, owner INTEGER, note TEXT)");
        var rows = SqlBulkInsert.RowsPerStatement * 2 + 5;
        using (var transaction = connection.BeginTransaction())
        {
            using var insert = new SqlBulkInsert(connection, "bulk_probe", ["id", "name", "size"],
                [new SqlConstant("kind", Text: "rom"), new SqlConstant("owner", 42), new SqlConstant("note")]);
            for (var i = 1; i <= rows; i++)
            {
                insert.Add(i).Add($"name {i}").Add(i % 3 == 0 ? null : (long?)(i * 10));
            }

            insert.Flush();
            transaction.Commit();
        }

        var written = Sql.Column(connection, "SELECT id || '|' || name || '|' || ifnull(size, 'null') || '|' || kind || '|' || owner || '|' || ifnull(note, 'null') FROM bulk_probe ORDER BY id");
        var expected = Enumerable.Range(1, rows).Select(i => $"{i}|name {i}|{(i % 3 == 0 ? "null" : (i * 10).ToString())}|rom|42|null").ToList();
        await Assert.That(written).IsEquivalentTo(expected);
        await Assert.That(Sql.Scalar<long>(connection, "SELECT count(*) FROM bulk_probe WHERE typeof(owner) = 'integer' AND typeof(kind) = 'text'")).IsEqualTo((long)rows);
    }

    [Test]
    public async Task Texts_of_any_length_and_script_are_written_as_given()
    {
        using var database = new TestDatabase();
        var connection = database.Connection;
        Sql.Execute(connection, "CREATE TABLE text_probe (id INTEGER PRIMARY KEY, a TEXT, b TEXT)");
        // Empty texts, other scripts, and texts long enough to outgrow the buffer the texts are bound from, mid-DAT.
        var texts = Enumerable.Range(0, SqlBulkInsert.RowsPerStatement * 3 + 7)
            .Select(i => (A: i % 5 == 0 ? "" : $"Pokémon {i} ポケモン", B: i % 17 == 3 ? new string((char)('a' + i % 26), 70_000 + i) : $"b{i}"))
            .ToList();
        using (var transaction = connection.BeginTransaction())
        {
            using var insert = new SqlBulkInsert(connection, "text_probe", ["id", "a", "b"]);
            for (var i = 0; i < texts.Count; i++)
            {
                insert.Add(i + 1).Add(texts[i].A).Add(texts[i].B);
            }

            insert.Flush();
            transaction.Commit();
        }

        var written = Sql.Column(connection, "SELECT a || '|' || b FROM text_probe ORDER BY id");
        await Assert.That(written.Count).IsEqualTo(texts.Count);
        await Assert.That(written.Where((row, i) => row != texts[i].A + "|" + texts[i].B).Count()).IsEqualTo(0);
        await Assert.That(Sql.Scalar<long>(connection, "SELECT count(*) FROM text_probe WHERE a = '' AND typeof(a) = 'text'")).IsEqualTo((long)texts.Count(t => t.A.Length == 0));
    }

    [Test]
    public async Task A_constant_empty_text_is_written_as_an_empty_text_not_null()
    {
        using var database = new TestDatabase();
        var connection = database.Connection;
        Sql.Execute(connection, "CREATE TABLE empty_probe (id INTEGER PRIMARY KEY, label TEXT, note TEXT)");
        var rows = SqlBulkInsert.RowsPerStatement + 3;
        using (var transaction = connection.BeginTransaction())
        {
            using var insert = new SqlBulkInsert(connection, "empty_probe", ["id", "label"], [new SqlConstant("note", Text: "")]);
            for (var i = 1; i <= rows; i++)
            {
                insert.Add(i).Add("");
            }

            insert.Flush();
            transaction.Commit();
        }

        await Assert.That(Sql.Scalar<long>(connection, "SELECT count(*) FROM empty_probe WHERE label = '' AND typeof(label) = 'text'")).IsEqualTo((long)rows);
        await Assert.That(Sql.Scalar<long>(connection, "SELECT count(*) FROM empty_probe WHERE note = '' AND typeof(note) = 'text'")).IsEqualTo((long)rows);
    }
}
