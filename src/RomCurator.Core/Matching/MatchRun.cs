using System.Text.Json;
using Microsoft.Data.Sqlite;
using RomCurator.Core.Configuration;
using RomCurator.Core.Preferred;
using RomCurator.Core.Runs;

namespace RomCurator.Core.Matching;

/// <summary>
/// `romcurator match` as a run of its own in <c>import_log</c>. It takes the library lock (a scan matches at its end,
/// and two matching passes at once would link the same files twice) and first closes runs a dead process left running.
/// </summary>
public sealed class MatchRun(SqliteConnection connection, MatchingSettings settings, VariantPreferences preferences)
{
    /// <summary>Matches; once <paramref name="cancellation"/> is cancelled it stops (OperationCanceledException) with its run recorded as cancelled.</summary>
    public MatchSummary Run(CancellationToken cancellation = default)
    {
        using var held = JobLock.Acquire(connection.DataSource, JobLocks.Library, "a match run");
        new InterruptedRuns(connection).Close(InterruptedRuns.LibraryJobs);
        var runs = new ImportRunStore(connection);
        var logId = runs.Start(MatchingJob.SourceName);
        MatchSummary summary;
        try
        {
            summary = new MatchingJob(connection, settings, preferences).Run(logId, cancellation);
        }
        catch (OperationCanceledException)
        {
            var cancelled = new MatchSummary(logId, RunStatus.Cancelled, 0, 0, 0, 0, 0);
            runs.Finish(logId, RunStatus.Cancelled, 0, JsonSerializer.Serialize(cancelled, MatchJsonContext.Default.MatchSummary));
            throw;
        }

        runs.Finish(logId, summary.Status, summary.MatchedHash + summary.MatchedTitle,
            JsonSerializer.Serialize(summary, MatchJsonContext.Default.MatchSummary));
        return summary;
    }
}
