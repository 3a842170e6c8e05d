using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using RomCurator.Core.Diagnostics;
using RomCurator.Core.Archives;
using RomCurator.Core.Digests;
using RomCurator.Core.Scans;
using RomCurator.Core.Classification;
using RomCurator.Core.Discovery;
using RomCurator.Core.Hashing;
using RomCurator.Core.Pipeline.Checkpoints;
using RomCurator.Core.Hashing.Writing;
using RomCurator.Core.Library;
using RomCurator.Core.Logging;
using RomCurator.Core.Matching;
using RomCurator.Core.Organizer;
using RomCurator.Core.Preferred;
using RomCurator.Core.Runs;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Pipeline;

/// <summary>
/// A library scan, start to finish: records the run, resumes an interrupted one, then runs its steps in order
/// (discovery → hashing → missing sweep → matching → healing), saving a checkpoint before each checkpointed step and
/// reporting progress as it goes. It only wires the steps together: <see cref="ResumeRules"/>, <see cref="ScanRoots"/>
/// and <see cref="ScanFailure"/> hold the policy, each step its own. A scan never modifies, moves or deletes a user file.
/// </summary>
public sealed class IngestionJob(ScanRequest request, IProgress<ScanProgress>? progress = null)
{
    public const string SourceName = "file_ingestion";

    public ScanSummary Run(CancellationToken cancellation)
    {
        var settings = request.Settings;
        using var jobLock = JobLock.Acquire(settings.Paths.Database, JobLocks.Library, "a scan");
        using var connection = DatabaseOpener.OpenAndMigrate(settings.Paths.Database);
        // Before anything is recorded (after the database's own checks, whose lines say more about it).
        LogsFolderCheck.EnsureWritable(settings.Paths.Logs, "ingestion");
        SpillBuffer.CleanLeftovers(settings.Paths.Temp);
        // A scan must see the library as it is: settle moves an interrupted organizer left half-done.
        new OrganizerRecovery(connection).Reconcile(cancellation);
        var roots = ScanRoots.Select(new LibraryRootStore(connection), request.RootName);
        var checkpoints = new CheckpointFile(settings.Paths.Logs, settings.Paths.Database);
        var runs = new ImportRunStore(connection);
        var (logId, phase, resumed) = StartOrResume(runs, checkpoints.Read(), roots);
        // The lock is ours: scan, organizer and match runs still marked running were left by a dead process.
        new InterruptedRuns(connection).Close(InterruptedRuns.LibraryJobs, keep: logId);
        var earlier = resumed ? EarlierCounts.From(runs.Find(logId)?.Notes, phase) : EarlierCounts.None;

        var counters = new ScanCounters();
        counters.DoneBefore(earlier.Done.Found, earlier.Done.Files, earlier.Done.Bytes);
        var clock = Stopwatch.StartNew();
        using var log = new CategoryLog(settings.Paths.Logs, "ingestion");
        using var archiveLog = new CategoryLog(settings.Paths.Logs, "ingestion.archive");
        using var ticker = new Timer(_ => progress?.Report(counters.Snapshot(clock.Elapsed)), null, 0, 200);
        log.Info($"run {logId} {(resumed ? "resumed at " + phase : "started")}: roots {string.Join(", ", roots.Select(r => r.Name))}");
        var rootNames = roots.Select(r => r.Name).ToList();

        // The run's notes hold its counts so far, so a resumed run can still report the whole run.
        void Persist()
        {
            var sofar = earlier.AddTo(counters.Summarize(logId, RunStatus.Running, resumed, rootNames, clock.Elapsed, counters.Matching));
            runs.Progress(logId, sofar.FilesSeen, JsonSerializer.Serialize(sofar, ScanJsonContext.Default.ScanSummary));
        }

        ScanStep[] steps =
        [
            new(ScanPhases.Discovery, Checkpointed: true, () => Discover(connection, logId, roots, counters, log, cancellation), BulkWrites: true),
            new(ScanPhases.Hashing, Checkpointed: true, () =>
            {
                Hash(connection, logId, counters, log, archiveLog, () =>
                {
                    Persist();
                    progress?.Report(counters.Snapshot(clock.Elapsed));
                }, cancellation);
            }, BulkWrites: true),
            new(ScanPhases.Finalizing, Checkpointed: true, () => Sweep(connection, logId, roots, counters, Persist)),
            new(ScanPhases.Matching, Checkpointed: false, () =>
            {
                counters.Phase = ScanPhases.Matching;
                counters.Matching = Counted(new MatchingJob(connection, settings.Settings.Matching,
                    VariantPreferences.From(settings.Settings.OneGameOneRom)).Run(logId, cancellation));
                Persist();
            }),
            new(ScanPhases.Healing, Checkpointed: false, () =>
            {
                new MoveHealer(connection, settings.Settings.Organizer, settings.Settings.OneGameOneRom).Record(logId);
                CrashPoint.Hit("scan.healed");
            }),
        ];

        var status = RunStatus.Failed;
        string? failure = null;
        var bulkWrites = new BulkWriteScope(connection);
        try
        {
            for (var step = ResumeRules.FirstStep(steps, phase); step < steps.Length; step++)
            {
                if (steps[step].Checkpointed)
                {
                    if (step > 0)
                    {
                        Persist();
                    }

                    Save(checkpoints, logId, roots, steps[step].Phase);
                }

                bulkWrites.Enter(steps[step]);
                steps[step].Run();
            }

            status = RunStatus.Completed;
        }
        catch (OperationCanceledException)
        {
            status = RunStatus.Cancelled;
            log.Info($"run {logId} cancelled; the next scan resumes it");
        }
        catch (Exception error)
        {
            // Committed batches stay committed and the checkpoint stays: the next scan resumes this run.
            failure = ScanFailure.Describe(error);
            log.Error($"run {logId} failed: {error}");
        }
        finally
        {
            bulkWrites.Dispose();
            counters.Phase = ScanPhases.Done;
        }

        var summary = earlier.AddTo(counters.Summarize(logId, status, resumed, rootNames, clock.Elapsed, counters.Matching));
        if (failure is not null)
        {
            summary = summary with { Problems = [.. summary.Problems, new ScanProblem("failure", "", failure)] };
        }

        CrashPoint.Hit("scan.finishing");
        runs.Finish(logId, status, summary.FilesSeen, JsonSerializer.Serialize(summary, ScanJsonContext.Default.ScanSummary));
        if (status == RunStatus.Completed)
        {
            // Only once the run is recorded as completed: a scan killed before that resumes (at worst it finalizes again).
            checkpoints.Delete();
        }

        log.Info($"run {logId} {status}: {summary.FilesSeen} seen, {summary.FilesNew} new, {summary.FilesChanged} changed, {summary.FilesRetried} retried, " +
                 $"{summary.FilesUnchanged} unchanged, {summary.FilesMissing} missing, {Plurals.Count(summary.Errors, "problem")}, {summary.DurationS:0.0}s");
        progress?.Report(counters.Snapshot(clock.Elapsed));
        return summary;
    }

    private static MatchedCounts? Counted(MatchSummary? matching) =>
        matching is null ? null : new MatchedCounts(matching.MatchedHash, matching.MatchedTitle, matching.Candidates, matching.MatchedTitleInReview);

    private static (long LogId, string Phase, bool Resumed) StartOrResume(ImportRunStore runs, ScanCheckpoint? checkpoint, List<LibraryRoot> roots)
    {
        var start = ResumeRules.Decide(checkpoint, checkpoint is null ? null : runs.Find(checkpoint.RunId), roots.Select(r => r.RootId));
        if (start.Resume is { } previous)
        {
            runs.Reopen(previous.LogId);
            return (previous.LogId, start.Phase, true);
        }

        if (start.Close is { } interrupted)
        {
            // Interrupted run of other roots: close it; its committed work stays valid.
            runs.Finish(interrupted.LogId, RunStatus.Cancelled, interrupted.RecordsProcessed, interrupted.Notes ?? "{}");
        }

        return (runs.Start(SourceName), start.Phase, false);
    }

    private void Discover(SqliteConnection connection, long logId, List<LibraryRoot> roots, ScanCounters counters, CategoryLog log, CancellationToken cancellation)
    {
        counters.Phase = ScanPhases.Discovery;
        var walker = new RootWalker(new IgnoreRules(request.Settings.Settings.Scan.IgnoreGlobs));
        using var stager = new DiscoveryStager(connection, logId, request.Settings.Settings.Scan.BatchSize, counters, log);
        foreach (var root in roots)
        {
            stager.Stage(root, walker, cancellation);
        }
    }

    private void Hash(SqliteConnection connection, long logId, ScanCounters counters, CategoryLog log, CategoryLog archiveLog,
        Action batchCommitted, CancellationToken cancellation)
    {
        var loaded = request.Settings;
        var scan = loaded.Settings.Scan;
        counters.Phase = ScanPhases.Hashing;
        var registry = ExtensionRegistry.Load(connection);
        var passwords = PasswordDictionary.Load(loaded.Settings.Archives.PasswordDictionaryPath);
        if (passwords.Problem is not null)
        {
            archiveLog.Warn(passwords.Problem);
            counters.Problem(new ScanProblem(ScanProblemKinds.Dictionary, loaded.Settings.Archives.PasswordDictionaryPath ?? "", passwords.Problem));
        }

        using var readConnection = DatabaseOpener.Open(loaded.Paths.Database);
        var pending = new PendingFileReader(readConnection, logId);
        counters.ToProcess(pending.CountPending());
        counters.BytesToProcess(pending.BytesPending());
        using var cache = HashCache.Open(loaded.Paths.HashCache, message =>
        {
            log.Warn(message);
            counters.Problem(new ScanProblem(ScanProblemKinds.Cache, loaded.Paths.HashCache, message));
        });
        var hashOptions = scan.HashOptions();
        var hasher = new FileHasher(new FileClassifier(registry), hashOptions,
            ArchiveLimits.From(loaded.Settings.Archives, scan, loaded.Paths.Temp), passwords, cache);
        using var writer = new IngestionWriter(connection, logId, registry, counters, log, archiveLog);
        var workers = scan.HashWorkers > 0 ? scan.HashWorkers : Environment.ProcessorCount;
        new HashingPhase(pending, hasher, writer, cache, workers, scan.BatchSize, batchCommitted, counters).Run(cancellation);
    }

    private static void Sweep(SqliteConnection connection, long logId, List<LibraryRoot> roots, ScanCounters counters, Action persist)
    {
        counters.Phase = ScanPhases.Finalizing;
        var sweeper = new MissingFileSweeper(connection, logId);
        var unreadable = UnreadableRoots.Of(connection, logId);
        foreach (var root in roots.Where(r => !unreadable.Contains(r.RootId)))
        {
            counters.Missing(sweeper.Sweep(root.RootId));
            persist();
        }
    }

    private static void Save(CheckpointFile checkpoints, long logId, List<LibraryRoot> roots, string phase)
    {
        checkpoints.Write(new ScanCheckpoint(logId, roots.Select(r => r.RootId).ToList(), phase, DateTime.UtcNow));
        CrashPoint.Hit("phase." + phase);
    }
}
