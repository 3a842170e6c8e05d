using Microsoft.Data.Sqlite;

namespace RomCurator.Core.Matching;

/// <summary>
/// Writes <c>release_artifact</c> rows for automatic links at or above the auto-link threshold, when the user's
/// "auto-link high confidence matches" preference is on. Discs are ordered by their disc number.
/// </summary>
public sealed class ReleaseLinker(SqliteConnection connection)
{
    public long LinkConfident(double threshold, long logId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT OR IGNORE INTO release_artifact (release_id, rom_id, artifact_type, artifact_sequence, log_id)
            SELECT e.release_id, l.rom_id,
                   CASE r.content_role WHEN 'disc' THEN 'disc' WHEN 'patch' THEN 'patch' ELSE 'rom' END,
                   m.disc_number, $log
            FROM dat_atomic_link l
            JOIN dat_entry e ON e.dat_entry_id = l.dat_entry_id
            JOIN rom_file r ON r.rom_id = l.rom_id
            LEFT JOIN dat_entry_metadata m ON m.dat_entry_id = e.dat_entry_id
            WHERE l.rom_id IS NOT NULL AND l.match_type IN ('automatic', 'manual') AND l.confidence >= $threshold
              AND e.release_id IS NOT NULL
            """;
        command.Parameters.AddWithValue("$threshold", threshold);
        command.Parameters.AddWithValue("$log", logId);
        return command.ExecuteNonQuery();
    }
}
