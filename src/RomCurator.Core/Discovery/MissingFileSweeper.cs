using Microsoft.Data.Sqlite;
using RomCurator.Core.Diagnostics;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Discovery;

/// <summary>
/// Phase three of a scan: files of a scanned root that this run did not see become <c>status='missing'</c>
/// (history is kept). Files under a folder that could not be read are not swept: unreadable is not gone.
/// Stale staging rows of earlier runs and finished archive queue rows are cleared.
/// </summary>
public sealed class MissingFileSweeper(SqliteConnection connection, long logId)
{
    public long Sweep(long rootId)
    {
        using var transaction = connection.BeginTransaction();
        var missing = transaction.Once("""
            UPDATE file_instance SET status = 'missing'
            WHERE root_id = $root AND status = 'present' AND (log_id IS NULL OR log_id <> $log)
              AND NOT EXISTS (
                  SELECT 1 FROM file_discovery d
                  WHERE d.root_id = file_instance.root_id AND d.log_id = $log AND d.promotion_state = 'failed'
                    AND (d.relative_path = file_instance.relative_path
                         OR substr(file_instance.relative_path, 1, length(d.relative_path) + 1) = d.relative_path || '/'))
            """).Bind("$root", rootId).Bind("$log", logId).Execute();
        transaction.Once("""
            DELETE FROM file_discovery WHERE root_id = $root AND log_id <> $log;
            DELETE FROM ingestion_queue WHERE root_id = $root AND (status = 'done' OR absolute_path NOT IN
                (SELECT absolute_path FROM file_discovery WHERE root_id = $root AND log_id = $log));
            UPDATE library_root SET last_scan_at = datetime('now') WHERE root_id = $root;
            """).Bind("$root", rootId).Bind("$log", logId).Execute();
        transaction.Commit();
        CrashPoint.Hit("scan.swept");
        return missing;
    }
}
