using Microsoft.Data.Sqlite;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Matching;

/// <summary>
/// How many of a pass's title links wait in review: a title match in the review band is linked to its DAT entry (not
/// to a release) and its suggestions are queued, so it is a suggestion to the curator, not a match made. The summaries
/// report it apart (<see cref="MatchSummary.MatchedTitleInReview"/>) so "matched by title" counts only links that settled.
/// </summary>
public static class TitleLinksInReview
{
    public static long Count(SqliteConnection connection, long logId) =>
        connection.Once("""
            SELECT count(DISTINCT c.rom_id) FROM ingestion_candidate c
            WHERE c.log_id = $log AND coalesce(c.processed, 0) = 0
              AND EXISTS (SELECT 1 FROM dat_atomic_link l WHERE l.rom_id = c.rom_id AND l.log_id = $log AND l.match_type = 'automatic')
            """).Bind("$log", logId).Long() ?? 0;
}
