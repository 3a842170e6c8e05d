using Microsoft.Data.Sqlite;
using RomCurator.Core.Configuration;
using RomCurator.Core.FileSystem;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Organizer;

/// <summary>
/// After a scan: a file the user moved by hand (new instance this run, its old path now missing in the same root)
/// to exactly where the organizer's plan puts it is recorded as a <c>restore</c> in <c>file_operation_log</c> (its
/// message the code <see cref="OperationNotes.MovedByHand"/>, worded by the interface), so the
/// audit trail explains why the old path went missing. Only the path it moved from counts: a path of the same content
/// that the previous scan of the root still saw (paths missing since earlier scans are older history), one per moved file.
/// The plan is only walked when some file was moved by hand, under the same settings the organizer plans with
/// (its template and the 1G1R <paramref name="oneGameOneRom"/> options: only the preferred copy placed, others in _others/).
/// </summary>
public sealed class MoveHealer(SqliteConnection connection, OrganizerSettings settings, OneGameOneRomSettings oneGameOneRom)
{
    public int Record(long scanLogId)
    {
        var moved = MovedByHand(scanLogId);
        if (moved.Count == 0)
        {
            return 0;
        }

        var candidates = moved.Select(m => m.Instance).ToHashSet();
        HashSet<long> inPlace;
        try
        {
            inPlace = new OrganizerPlanner(connection, settings, oneGameOneRom).Stream()
                .Where(i => i.Action == PlanActions.InPlace && candidates.Contains(i.InstanceId))
                .Select(i => i.InstanceId)
                .ToHashSet();
        }
        catch (ArgumentException)
        {
            return 0; // An invalid template is reported by `organize`; healing just has nothing to compare with.
        }

        var restores = new List<(long Instance, long Rom, string From, string To)>();
        var restored = new HashSet<long>();
        var paired = new HashSet<long>();
        foreach (var (instance, rom, from, to, old) in moved)
        {
            if (inPlace.Contains(instance) && !restored.Contains(instance) && paired.Add(old))
            {
                restored.Add(instance);
                restores.Add((instance, rom, from, to));
            }
        }

        using var insert = connection.Statement("""
            INSERT INTO file_operation_log (instance_id, rom_id, operation_type, source_path, destination_path, initiated_by, status, message, log_id)
            VALUES ($instance, $rom, 'restore', $from, $to, 'ingestion', 'completed', $note, $log)
            """);
        foreach (var (instance, rom, from, to) in restores)
        {
            insert.Bind("$instance", instance).Bind("$rom", rom).Bind("$from", from).Bind("$to", to).Bind("$note", OperationNotes.MovedByHand)
                .Bind("$log", scanLogId).Execute();
        }

        return restores.Count;
    }

    /// <summary>
    /// Files this scan found new whose content sat at a path of the same root that the previous scan still saw and this
    /// one found missing, each with that old path (the most recently seen first).
    /// </summary>
    private List<(long Instance, long Rom, string From, string To, long Old)> MovedByHand(long scanLogId) =>
        connection.Once("""
            SELECT moved.instance_id, moved.rom_id, lr.path AS root, old.relative_path AS old_path, moved.relative_path AS new_path,
                   old.instance_id AS old_instance_id
            FROM file_instance moved
            JOIN file_instance old ON old.rom_id = moved.rom_id AND old.root_id = moved.root_id AND old.status = 'missing'
            JOIN library_root lr ON lr.root_id = moved.root_id
            WHERE moved.log_id = $log AND moved.status = 'present' AND moved.first_seen = moved.last_seen
              AND old.log_id = (SELECT max(seen.log_id) FROM file_instance seen WHERE seen.root_id = old.root_id AND seen.log_id < $log)
              AND NOT EXISTS (SELECT 1 FROM file_operation_log o WHERE o.instance_id = moved.instance_id AND o.operation_type = 'restore')
            ORDER BY moved.instance_id, old.last_seen DESC, old.instance_id
            """).Bind("$log", scanLogId)
            .All(row => (row.Long("instance_id"), row.Long("rom_id"), new RootedPath(row.Text("root"), row.Text("old_path")).Absolute,
                new RootedPath(row.Text("root"), row.Text("new_path")).Absolute, row.Long("old_instance_id")));
}
