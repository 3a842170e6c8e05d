using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Runs;

/// <summary>
/// Closes runs that a process killed outright (or crashed) left <c>running</c> in <c>import_log</c>: they become
/// <c>failed</c>, and their notes say they were interrupted and what is left to do. Only call this while holding the
/// job lock that covers those jobs (<see cref="JobLocks"/>): then no live process can be running one of them.
/// </summary>
public sealed class InterruptedRuns(SqliteConnection connection)
{
    private const string Stopped = "interrupted: the process running it stopped (killed, crashed or powered off) before it finished";

    private static readonly Dictionary<string, string> Advice = new(StringComparer.Ordinal)
    {
        ["file_ingestion"] = "what it committed stays valid; the next scan reads only what is new or changed",
        ["organizer"] = "its completed moves stay recorded (organize --undo {0} moves them back); pending moves were settled by looking at the disk",
        ["matching"] = "the links it committed stay; run 'romcurator match' again to finish",
        ["dat_import"] = "the DAT does not count as imported; import it again to finish",
    };

    /// <summary>The jobs the library lock covers (scan, organizer, match).</summary>
    public static readonly IReadOnlyList<string> LibraryJobs = ["file_ingestion", "organizer", "matching"];

    /// <summary>The jobs the DAT import lock covers.</summary>
    public static readonly IReadOnlyList<string> DatImportJobs = ["dat_import"];

    /// <summary>Marks every <c>running</c> run of these jobs failed, except <paramref name="keep"/>; returns how many.</summary>
    public int Close(IReadOnlyList<string> sourceNames, long? keep = null)
    {
        var select = connection.Once($"""
            SELECT l.log_id, s.name AS source, l.notes FROM import_log l JOIN metadata_source s ON s.source_id = l.source_id
            WHERE l.status = 'running' AND l.log_id <> $keep AND s.name IN ({string.Join(", ", sourceNames.Select((_, i) => "$s" + i))})
            ORDER BY l.log_id
            """).Bind("$keep", keep ?? -1);
        for (var i = 0; i < sourceNames.Count; i++)
        {
            select.Bind("$s" + i, sourceNames[i]);
        }

        var stale = select.All(row => (LogId: row.Long("log_id"), Source: row.Text("source"), Notes: row.TextOrNull("notes")));
        using var update = connection.Statement("""
            UPDATE import_log SET status = 'failed', finished_at = datetime('now'), notes = $notes
            WHERE log_id = $id AND status = 'running'
            """);
        foreach (var (logId, source, notes) in stale)
        {
            update.Bind("$id", logId).Bind("$notes", Note(notes, Message(source, logId))).Execute();
        }

        return stale.Count;
    }

    /// <summary>What the notes of an interrupted run say.</summary>
    public static string Message(string sourceName, long logId) =>
        Advice.TryGetValue(sourceName, out var advice) ? $"{Stopped}; {string.Format(System.Globalization.CultureInfo.InvariantCulture, advice, logId)}" : Stopped;

    /// <summary>Keeps a summary the run wrote while it went (a scan's counters) and adds the status and the note.</summary>
    private static string Note(string? notes, string message)
    {
        JsonObject note;
        try
        {
            note = notes is null ? [] : JsonNode.Parse(notes) as JsonObject ?? [];
        }
        catch (JsonException)
        {
            note = [];
        }

        note["status"] = RunStatus.Failed;
        note["interrupted"] = message;
        return note.ToJsonString();
    }
}
