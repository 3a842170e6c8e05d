using Microsoft.Data.Sqlite;

namespace RomCurator.Tui.Shell.Panes;

/// <summary>Run history from <c>import_log</c>: every scan, DAT import, match and organizer run, newest first.</summary>
public sealed class RunsPane(SqliteConnection connection) : ListPane("Runs")
{
    protected override IReadOnlyList<PaneKey> PaneKeys => [];

    public override void Refresh()
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT l.log_id, s.name, l.status, l.started_at, l.records_processed, coalesce(l.file_name, '')
            FROM import_log l JOIN metadata_source s ON s.source_id = l.source_id ORDER BY l.log_id DESC LIMIT 500
            """;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add($"{reader.GetInt64(0),5}  {reader.GetString(1),-15} {reader.GetString(2),-10} {reader.GetString(3),-19} {reader.GetInt64(4),9:N0}  {reader.GetString(5)}");
        }

        Show($"{"RUN",5}  {"JOB",-15} {"STATUS",-10} {"STARTED (UTC)",-19} {"RECORDS",9}  FILE", rows);
    }
}
