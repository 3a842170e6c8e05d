using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Storage;

/// <summary>docs/database.md names every table and column of the migrated schema, so it cannot silently fall behind.</summary>
public sealed class DatabaseDocumentationTests
{
    [Test]
    public async Task Every_table_and_column_is_documented()
    {
        var documentation = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "database.md"));
        using var database = new TestDatabase();
        var missing = new List<string>();

        foreach (var table in Sql.Column(database.Connection, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))
        {
            var section = documentation.IndexOf($"**{table}**", StringComparison.Ordinal);
            if (section < 0)
            {
                missing.Add(table);
                continue;
            }

            var end = documentation.IndexOf("\n- **", section + 1, StringComparison.Ordinal);
            var text = end < 0 ? documentation[section..] : documentation[section..end];
            missing.AddRange(Sql.Column(database.Connection, $"SELECT name FROM pragma_table_info('{table}')")
                .Where(column => !text.Contains($"`{column}`", StringComparison.Ordinal))
                .Select(column => $"{table}.{column}"));
        }

        await Assert.That(missing).IsEmpty();
    }
}
