using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace RomCurator.Tests.Support;

/// <summary>
/// The DDL of shared/design/ingestion-plan.md (the authoritative product plan), applied to a scratch SQLite
/// database so SQLite itself tells us its tables, columns and CHECK constraints.
/// </summary>
public sealed partial class PlanSchema
{
    private PlanSchema(List<PlanColumn> columns, List<PlanCheck> checks)
    {
        Columns = columns;
        Checks = checks;
    }

    public IReadOnlyList<PlanColumn> Columns { get; }

    public IReadOnlyList<PlanCheck> Checks { get; }

    public static PlanSchema Load()
    {
        var plan = File.ReadAllText(Path.Combine(RepositoryPaths.Shared, "design", "ingestion-plan.md"));
        var statements = SqlBlock().Matches(plan).Select(m => m.Groups[1].Value.Trim()).ToList();
        if (statements.Count == 0)
        {
            throw new InvalidDataException("No ```sql blocks found in ingestion-plan.md.");
        }

        using var scratch = new SqliteConnection("Data Source=:memory:");
        scratch.Open();
        var altered = statements.Select(s => AlterTarget().Match(s)).Where(m => m.Success)
            .Select(m => m.Groups[1].Value).Distinct().ToList();
        foreach (var table in altered)
        {
            Sql.Execute(scratch, $"CREATE TABLE {table} (stub_id INTEGER PRIMARY KEY);");
        }

        foreach (var statement in statements)
        {
            Sql.Execute(scratch, statement);
        }

        var columns = new List<PlanColumn>();
        foreach (var table in Sql.Column(scratch, "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"))
        {
            using var command = scratch.CreateCommand();
            command.CommandText = $"SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info('{table}')";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                if (reader.GetString(0) == "stub_id")
                {
                    continue;
                }

                columns.Add(new PlanColumn(table, reader.GetString(0), reader.GetString(1), reader.GetInt32(2) == 1,
                    reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetInt32(4)));
            }
        }

        var checks = new List<PlanCheck>();
        foreach (var statement in statements)
        {
            var table = TableName().Match(statement).Groups[1].Value;
            foreach (var clause in CheckClauses(statement))
            {
                checks.Add(new PlanCheck(table, clause));
            }
        }

        return new PlanSchema(columns, checks);
    }

    /// <summary>Collapses whitespace so CHECK texts compare regardless of layout.</summary>
    public static string Normalize(string sql) => Whitespace().Replace(sql, " ").Replace("( ", "(").Replace(" )", ")").Trim();

    private static IEnumerable<string> CheckClauses(string statement)
    {
        for (var start = statement.IndexOf("CHECK", StringComparison.Ordinal); start >= 0;
             start = statement.IndexOf("CHECK", start + 5, StringComparison.Ordinal))
        {
            var open = statement.IndexOf('(', start);
            var depth = 0;
            var clause = new StringBuilder();
            for (var i = open; i < statement.Length; i++)
            {
                depth += statement[i] == '(' ? 1 : statement[i] == ')' ? -1 : 0;
                clause.Append(statement[i]);
                if (depth == 0)
                {
                    break;
                }
            }

            yield return Normalize("CHECK " + clause);
        }
    }

    [GeneratedRegex(@"```sql\s*\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex SqlBlock();

    [GeneratedRegex(@"ALTER TABLE (\w+)")]
    private static partial Regex AlterTarget();

    [GeneratedRegex(@"(?:CREATE TABLE IF NOT EXISTS|ALTER TABLE) (\w+)")]
    private static partial Regex TableName();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

public sealed record PlanColumn(string Table, string Name, string Type, bool NotNull, string? Default, int PrimaryKeyIndex);

public sealed record PlanCheck(string Table, string Clause);
