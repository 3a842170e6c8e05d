using Microsoft.Data.Sqlite;
using RomCurator.Core.Reports;

namespace RomCurator.Core.Matching;

/// <summary>
/// Writes <c>release_artifact</c> rows: always for files whose content is what their DAT entry lists (a hash match is
/// exact), and, when the user's "auto-link high confidence matches" preference is on, for automatic title links at or
/// above the auto-link threshold. Discs are ordered by their disc number.
/// </summary>
public sealed class ReleaseLinker(SqliteConnection connection)
{
    private const string Insert = """
        INSERT OR IGNORE INTO release_artifact (release_id, rom_id, artifact_type, artifact_sequence, log_id)
        SELECT e.release_id, l.rom_id,
               CASE r.content_role WHEN 'disc' THEN 'disc' WHEN 'patch' THEN 'patch' ELSE 'rom' END,
               m.disc_number, $log
        FROM dat_atomic_link l
        JOIN dat_entry e ON e.dat_entry_id = l.dat_entry_id
        JOIN rom_file r ON r.rom_id = l.rom_id
        LEFT JOIN dat_entry_metadata m ON m.dat_entry_id = e.dat_entry_id
        WHERE l.rom_id IS NOT NULL AND e.release_id IS NOT NULL AND
        """;

    /// <summary>Links the release of every automatic link whose file has the DAT entry's hash.</summary>
    public long LinkVerified(long logId) => Execute(Insert + $" l.match_type = 'automatic' AND {ReportQueries.HashEquals}", logId, threshold: null);

    /// <summary>Links the release of automatic and manual links at or above <paramref name="threshold"/>.</summary>
    public long LinkConfident(double threshold, long logId) =>
        Execute(Insert + " l.match_type IN ('automatic', 'manual') AND l.confidence >= $threshold", logId, threshold);

    private long Execute(string sql, long logId, double? threshold)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$log", logId);
        if (threshold is { } value)
        {
            command.Parameters.AddWithValue("$threshold", value);
        }

        return command.ExecuteNonQuery();
    }
}
