using Microsoft.Data.Sqlite;

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
        Execute(connection, $"""
            CREATE TEMP TABLE {table} (
                seq INTEGER PRIMARY KEY, instance_id INTEGER NOT NULL, root TEXT NOT NULL, platform TEXT NOT NULL,
                from_path TEXT NOT NULL, to_path TEXT, action TEXT NOT NULL, reason TEXT);
            CREATE INDEX temp.ix_{table}_platform ON {table}(platform, seq, action);
            """);
        var filled = new PlanTable(connection, table, template, new PlanCounts());
        try
        {
            using var transaction = connection.BeginTransaction();
            using (var insert = connection.CreateCommand())
            {
                insert.Transaction = transaction;
                insert.CommandText = $"INSERT INTO temp.{table} ({Columns}) VALUES ($instance, $root, $platform, $from, $to, $action, $reason)";
                var values = new[] { "$instance", "$root", "$platform", "$from", "$to", "$action", "$reason" }
                    .Select(name => insert.Parameters.Add(name, SqliteType.Text)).ToArray();
                values[0].SqliteType = SqliteType.Integer;
                foreach (var line in lines)
                {
                    filled.Counts.Count(line);
                    values[0].Value = line.InstanceId;
                    values[1].Value = line.Root;
                    values[2].Value = line.Platform;
                    values[3].Value = line.From;
                    values[4].Value = (object?)line.To ?? DBNull.Value;
                    values[5].Value = line.Action;
                    values[6].Value = (object?)line.Reason ?? DBNull.Value;
                    insert.ExecuteNonQuery();
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

        using var command = Command($"""
            SELECT platform, count(*) FROM temp.{table} WHERE action IN ({Placeholders(actions)})
            GROUP BY platform ORDER BY min(seq)
            """, actions);
        using var reader = command.ExecuteReader();
        var found = new List<PlanGroup>();
        while (reader.Read())
        {
            found.Add(new PlanGroup(reader.GetString(0), reader.GetInt32(1)));
        }

        return groups[key] = found;
    }

    /// <summary>Lines of <paramref name="actions"/> (of one platform, or all) in plan order, skipping <paramref name="offset"/>.</summary>
    public IEnumerable<PlannedMove> Lines(IReadOnlyCollection<string> actions, string? platform = null, int offset = 0, int limit = int.MaxValue)
    {
        using var command = Command($"""
            SELECT {Columns} FROM temp.{table}
            WHERE {(platform is null ? "" : "platform = $platform AND ")}action IN ({Placeholders(actions)})
            ORDER BY seq LIMIT $limit OFFSET $offset
            """, actions);
        if (platform is not null)
        {
            command.Parameters.AddWithValue("$platform", platform);
        }

        command.Parameters.AddWithValue("$limit", limit);
        command.Parameters.AddWithValue("$offset", offset);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return new PlannedMove(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6));
        }
    }

    public void Dispose()
    {
        // A closed connection took its temporary tables with it.
        if (connection.State == System.Data.ConnectionState.Open)
        {
            Execute(connection, $"DROP TABLE IF EXISTS temp.{table}");
        }
    }

    private static string Placeholders(IReadOnlyCollection<string> actions) => string.Join(", ", actions.Select((_, i) => "$action" + i));

    private SqliteCommand Command(string sql, IReadOnlyCollection<string> actions)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        var i = 0;
        foreach (var action in actions)
        {
            command.Parameters.AddWithValue("$action" + i++, action);
        }

        return command;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
