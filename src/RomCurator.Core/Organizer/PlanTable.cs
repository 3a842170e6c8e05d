using Microsoft.Data.Sqlite;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Organizer;

/// <summary>
/// The organizer's plan kept in a temporary table of the connection (SQLite holds it in a temporary file beyond its
/// small cache), so a plan of any size can be counted, grouped by platform and read a page at a time without every line
/// in memory. Disposing drops the table.
/// </summary>
public sealed class PlanTable : IDisposable
{
    private const string Columns = "instance_id, root, platform, from_path, to_path, action, reason";

    private static int tables;

    private readonly SqliteConnection connection;
    private readonly string table;
    private readonly Dictionary<string, IReadOnlyList<PlanGroup>> groups = new(StringComparer.Ordinal);

    private PlanTable(SqliteConnection connection, string table, string template, PlanCounts counts)
    {
        this.connection = connection;
        this.table = table;
        Template = template;
        Counts = counts;
    }

    public string Template { get; }

    public PlanCounts Counts { get; }

    /// <summary>Writes <paramref name="lines"/> (in plan order) to a new temporary table of the connection.</summary>
    public static PlanTable Fill(SqliteConnection connection, string template, IEnumerable<PlannedMove> lines)
    {
        var table = "organizer_plan_" + Interlocked.Increment(ref tables);
        connection.Once($"""
            CREATE TEMP TABLE {table} (
                seq INTEGER PRIMARY KEY, instance_id INTEGER NOT NULL, root TEXT NOT NULL, platform TEXT NOT NULL,
                from_path TEXT NOT NULL, to_path TEXT, action TEXT NOT NULL, reason TEXT);
            CREATE INDEX temp.ix_{table}_platform ON {table}(platform, seq, action);
            """).Execute();
        var filled = new PlanTable(connection, table, template, new PlanCounts());
        try
        {
            using var transaction = connection.BeginTransaction();
            using (var insert = transaction.Statement($"INSERT INTO temp.{table} ({Columns}) VALUES ($instance, $root, $platform, $from, $to, $action, $reason)"))
            {
                foreach (var line in lines)
                {
                    filled.Counts.Count(line);
                    insert.Bind("$instance", line.InstanceId).Bind("$root", line.Root).Bind("$platform", line.Platform).Bind("$from", line.From)
                        .Bind("$to", line.To).Bind("$action", line.Action).Bind("$reason", line.Reason).Execute();
                }
            }

            transaction.Commit();
            return filled;
        }
        catch
        {
            filled.Dispose();
            throw;
        }
    }

    /// <summary>Each platform with lines of <paramref name="actions"/>: how many, in the order of its first line.</summary>
    public IReadOnlyList<PlanGroup> Groups(IReadOnlyCollection<string> actions)
    {
        var key = string.Join(",", actions);
        if (groups.TryGetValue(key, out var known))
        {
            return known;
        }

        var found = Statement($"""
            SELECT platform, count(*) AS lines FROM temp.{table} WHERE action IN ({Placeholders(actions)})
            GROUP BY platform ORDER BY min(seq)
            """, actions).All(row => new PlanGroup(row.Text("platform"), (int)row.Long("lines")));
        return groups[key] = found;
    }

    /// <summary>Lines of <paramref name="actions"/> (of one platform, or all) in plan order, skipping <paramref name="offset"/>.</summary>
    public IEnumerable<PlannedMove> Lines(IReadOnlyCollection<string> actions, string? platform = null, int offset = 0, int limit = int.MaxValue)
    {
        var lines = Statement($"""
            SELECT {Columns} FROM temp.{table}
            WHERE {(platform is null ? "" : "platform = $platform AND ")}action IN ({Placeholders(actions)})
            ORDER BY seq LIMIT $limit OFFSET $offset
            """, actions).Bind("$platform", platform).Bind("$limit", limit).Bind("$offset", offset)
            .Stream(row => new PlannedMove(row.Long("instance_id"), row.Text("root"), row.Text("platform"), row.Text("from_path"),
                row.TextOrNull("to_path"), row.Text("action"), row.TextOrNull("reason")));
        foreach (var line in lines)
        {
            yield return line;
        }
    }

    public void Dispose()
    {
        // A closed connection took its temporary tables with it.
        if (connection.State == System.Data.ConnectionState.Open)
        {
            connection.Once($"DROP TABLE IF EXISTS temp.{table}").Execute();
        }
    }

    private static string Placeholders(IReadOnlyCollection<string> actions) => string.Join(", ", actions.Select((_, i) => "$action" + i));

    private SqlStatement Statement(string sql, IReadOnlyCollection<string> actions)
    {
        var statement = connection.Once(sql);
        var i = 0;
        foreach (var action in actions)
        {
            statement.Bind("$action" + i++, action);
        }

        return statement;
    }
}
