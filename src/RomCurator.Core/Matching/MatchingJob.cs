using System.Diagnostics;
using Microsoft.Data.Sqlite;
using RomCurator.Core.Configuration;
using RomCurator.Core.Diagnostics;
using RomCurator.Core.Preferred;
using RomCurator.Core.Runs;

namespace RomCurator.Core.Matching;

/// <summary>
/// One matching pass over the library: hash matches, then title matches for the rest (suggestions to the review
/// queue), then release links: always for hash matches (they are exact), for confident title matches when the user
/// allows auto-linking. Runs at the end of every scan and on demand with `romcurator match`. Only what is new since
/// the last completed pass is joined while nothing else that decides the results changed
/// (<see cref="MatchingWatermark"/>); otherwise the pass is a full one. Ties between title candidates are broken by
/// the curator's 1G1R <paramref name="preferences"/> (<see cref="CandidateOrder"/>).
/// </summary>
public sealed class MatchingJob(SqliteConnection connection, MatchingSettings settings, VariantPreferences preferences)
{
    public const string SourceName = "matching";

    /// <summary>One pass; a cancelled <paramref name="cancellation"/> stops it between its steps and between two files of title matching.</summary>
    public MatchSummary Run(long logId, CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        cancellation.ThrowIfCancellationRequested();
        using var interrupt = Storage.StatementInterrupt.OnCancel(connection, cancellation);
        var watermark = new MatchingWatermark(connection);
        var seen = watermark.Observe(settings, preferences);
        var scope = watermark.Scope(seen);
        if (MatchingWatermark.NothingNew(scope, seen))
        {
            return new MatchSummary(logId, RunStatus.Completed, 0, 0, 0, 0, Math.Round(clock.Elapsed.TotalSeconds, 3));
        }

        var byHash = new HashMatcher(connection).Match(logId, scope);
        CrashPoint.Hit("matching.hashes");
        cancellation.ThrowIfCancellationRequested();
        var (byTitle, queued) = new TitleMatchRunner(connection, settings, preferences).Run(logId, cancellation, scope);
        CrashPoint.Hit("matching.titles");
        cancellation.ThrowIfCancellationRequested();
        var linker = new ReleaseLinker(connection);
        var releases = linker.LinkVerified(logId, scope) + linker.LinkConfident(MatchThresholds.From(settings), logId, scope);
        CrashPoint.Hit("matching.releases");
        watermark.Save(seen, logId);
        var inReview = byTitle > 0 && queued > 0 ? TitleLinksInReview.Count(connection, logId) : 0;
        return new MatchSummary(logId, RunStatus.Completed, byHash, byTitle, queued, releases, Math.Round(clock.Elapsed.TotalSeconds, 3), inReview);
    }
}
