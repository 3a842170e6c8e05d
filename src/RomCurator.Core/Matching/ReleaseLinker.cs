using Microsoft.Data.Sqlite;
using RomCurator.Core.Reports;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Matching;

/// <summary>
/// Writes <c>release_artifact</c> rows: always for files whose content is what their DAT entry lists (a hash match is
/// exact), and for the title links <see cref="MatchPolicy.LinksRelease"/> settles (the user's "auto-link high
/// confidence matches" preference on, at or above the auto-link threshold). Discs are ordered by their disc number.
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
    public long LinkVerified(long logId, MatchScope? scope = null)
    {
        scope ??= MatchScope.Everything;
        return scope.Bind(connection.Once(Insert + $" l.match_type = 'automatic' AND {ReportQueries.HashEquals}" + scope.NewOrMovedFiles("l.rom_id")))
            .Bind("$log", logId).Execute();
    }

    /// <summary>
    /// Links the release of automatic and manual links the policy settles (<see cref="MatchPolicy.LinksRelease"/>, called
    /// from the query: the threshold is decided there and only there).
    /// </summary>
    public long LinkConfident(MatchThresholds thresholds, long logId, MatchScope? scope = null)
    {
        scope ??= MatchScope.Everything;
        connection.CreateFunction("links_release", (double? confidence) => confidence is { } value && MatchPolicy.LinksRelease(value, thresholds),
            isDeterministic: true);
        return scope.Bind(connection.Once(Insert + " l.match_type IN ('automatic', 'manual') AND links_release(l.confidence)" + scope.NewOrMovedFiles("l.rom_id")))
            .Bind("$log", logId).Execute();
    }
}
