using System.Text.Json;
using Microsoft.Data.Sqlite;
using RomCurator.Core.Configuration;
using RomCurator.Core.FileSystem;
using RomCurator.Core.Runs;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Organizer;

/// <summary>
/// The organizer: plans (a dry run reads and touches no file: it only reports moves an interrupted run left pending),
/// remembers the plans it shows, and applies exactly such a plan or undoes an earlier run, settling interrupted moves
/// first. Each apply or undo is an <c>import_log</c> run whose moves are its <c>file_operation_log</c> rows.
/// </summary>
public sealed class FileOrganizerService(SqliteConnection connection, OrganizerSettings settings, OneGameOneRomSettings? oneGameOneRom = null)
{
    public const string SourceName = "organizer";

    public const string Activity = "an organizer run";

    // Moves settled by SettleInterrupted(): the next Apply or Undo of this service reports them.
    private int settledEarlier;

    /// <summary>The template plans use; ArgumentException when the configured one is not valid.</summary>
    public string Template => new OrganizerPlanner(connection, settings, oneGameOneRom).Template;

    /// <summary>
    /// The plan, line by line as it is decided: memory stays flat with the library's size; count or keep what is needed
    /// (<see cref="PlanCounts"/>, <see cref="PlanTable"/>). Made from the database as it is: moves an interrupted run left
    /// pending are not settled here (<see cref="RecoveryDue"/> says how many there are). Stops with
    /// <see cref="OperationCanceledException"/> between two files once <paramref name="cancellation"/> is cancelled.
    /// </summary>
    public IEnumerable<PlannedMove> Stream(string? rootName = null, CancellationToken cancellation = default) =>
        new OrganizerPlanner(connection, settings, oneGameOneRom).Stream(rootName, cancellation);

    /// <summary>How many moves an interrupted run left pending: the next apply, undo or scan settles them first.</summary>
    public int RecoveryDue() => new FileOperationStore(connection).PendingCount();

    /// <summary>Remembers a plan that was just shown (its fingerprint taken as it streamed), and gives it its number.</summary>
    public ShownPlan Remember(string? rootName, string template, PlanFingerprint fingerprint, PlanCounts counts) =>
        new OrganizerPlanStore(connection).Remember(rootName, template, fingerprint.Value, counts);

    /// <summary>A plan shown earlier, by number; ArgumentException when there is none.</summary>
    public ShownPlan Shown(long planId) =>
        new OrganizerPlanStore(connection).Find(planId) ?? throw new ArgumentException($"there is no organizer plan {planId} (the number is printed by 'romcurator organize')");

    /// <summary>
    /// Settles the moves an interrupted run left pending (an apply is about to plan); throws <see cref="JobBusyException"/>
    /// while a scan or another organizer run is going on. The next <see cref="Apply(long, CancellationToken, IProgress{OrganizeProgress}?)"/> reports them.
    /// </summary>
    public int SettleInterrupted(CancellationToken cancellation)
    {
        using var held = JobLock.Acquire(connection.DataSource, JobLocks.Library, Activity);
        var settled = Settle(cancellation);
        settledEarlier += settled;
        return settled;
    }

    /// <summary>
    /// Applies plan <paramref name="planId"/>, exactly: with the lock held and interrupted moves settled, the plan is made
    /// again and applied only when its moves have the fingerprint of the plan shown; otherwise
    /// <see cref="PlanChangedException"/> and nothing moves. Throws <see cref="JobBusyException"/> while a scan or another
    /// organizer run is going on.
    /// </summary>
    public OrganizeRunReport Apply(long planId, CancellationToken cancellation, IProgress<OrganizeProgress>? progress = null)
    {
        var shown = Shown(planId);
        using var held = JobLock.Acquire(connection.DataSource, JobLocks.Library, Activity);
        var recovered = TakeSettledEarlier() + Settle(cancellation);
        var (plan, fingerprint, orders, playlists, removals) = PlanAgain(shown.RootName, cancellation);
        if (fingerprint != shown.Fingerprint)
        {
            throw new PlanChangedException(planId, shown.Moves, plan.Moves);
        }

        if (!plan.HasWork)
        {
            return NothingToMove(plan, recovered);
        }

        var report = Run("apply", orders, "organizer", plan, recovered, cancellation, progress, playlists, removals: removals);
        new OrganizerPlanStore(connection).MarkApplied(planId, report.RunId!.Value);
        return report;
    }

    /// <summary>
    /// Plans and applies at once, without a plan having been shown (tests and embedders; the verb and the pane show a plan
    /// and apply it by number). Throws <see cref="JobBusyException"/> while a scan or another organizer run is going on.
    /// </summary>
    public OrganizeRunReport Apply(string? rootName, CancellationToken cancellation, IProgress<OrganizeProgress>? progress = null)
    {
        using var held = JobLock.Acquire(connection.DataSource, JobLocks.Library, Activity);
        var recovered = TakeSettledEarlier() + Settle(cancellation);
        var (plan, _, orders, playlists, removals) = PlanAgain(rootName, cancellation);
        return !plan.HasWork
            ? NothingToMove(plan, recovered)
            : Run("apply", orders, "organizer", plan, recovered, cancellation, progress, playlists, removals: removals);
    }

    /// <summary>The report of an apply whose plan moves nothing (no run is recorded), with the moves settled before planning.</summary>
    public OrganizeRunReport NothingToMove(PlanCounts plan) => NothingToMove(plan, TakeSettledEarlier());

    /// <summary>Moves an applied run's files back; throws <see cref="JobBusyException"/> while a scan or another organizer run is going on.</summary>
    public OrganizeRunReport Undo(long runId, CancellationToken cancellation, IProgress<OrganizeProgress>? progress = null)
    {
        using var held = JobLock.Acquire(connection.DataSource, JobLocks.Library, Activity);
        var recovered = TakeSettledEarlier() + Settle(cancellation);
        var moves = connection.Once("""
            SELECT o.instance_id, o.source_path, o.destination_path, lr.path AS root, f.relative_path
            FROM file_operation_log o JOIN file_instance f ON f.instance_id = o.instance_id JOIN library_root lr ON lr.root_id = f.root_id
            WHERE o.log_id = $run AND o.operation_type = 'move' AND o.status = 'completed' AND o.initiated_by = 'organizer'
            ORDER BY o.operation_id DESC
            """).Bind("$run", runId).All(row => (Instance: row.Long("instance_id"), Source: row.Text("source_path"),
                Destination: row.Text("destination_path"), Root: row.Text("root"), Path: row.Text("relative_path")));
        var orders = new List<MoveOrder>();
        foreach (var move in moves)
        {
            var movedTo = RootedPath.Under(move.Root, move.Destination).Relative;
            if (move.Path == movedTo)
            {
                orders.Add(Order(move.Instance, movedTo, RootedPath.Under(move.Root, move.Source).Relative));
            }
        }

        // The playlists the run removed (it no longer kept them) are written back once the discs are back beside them.
        var restores = new PlaylistOperations(connection).Removed(runId);
        if (orders.Count == 0 && restores.Count == 0 && !new PlaylistFiles(connection).AnyToRemove(runId))
        {
            throw new ArgumentException($"run {runId} has no applied moves that can be undone (files already moved elsewhere, or not an organizer run)");
        }

        return Run("undo", orders, "undo", null, recovered, cancellation, progress, restores, undoneRun: runId);
    }

    /// <summary>The newest applied organizer run with completed moves (the one undo would revert), or null.</summary>
    public long? LatestAppliedRun() => new OrganizerRunLog(connection).LatestApplied();

    /// <summary>
    /// With the library lock held: settles the moves an interrupted run left pending and closes the runs a dead
    /// process left running. Returns how many moves were settled.
    /// </summary>
    private int Settle(CancellationToken cancellation)
    {
        var settled = new OrganizerRecovery(connection).Reconcile(cancellation);
        new InterruptedRuns(connection).Close(InterruptedRuns.LibraryJobs);
        return settled;
    }

    private static OrganizeRunReport NothingToMove(PlanCounts plan, int recovered) =>
        new(null, RunStatus.Completed, "apply", 0, 0, plan.InPlace, plan.Conflicts, plan.Skips, recovered, [], 0, plan.PlaylistsInPlace, plan.PlaylistsSkipped);

    private int CompletedMoves(long logId) =>
        (int)connection.Once("SELECT count(*) FROM file_operation_log WHERE log_id = $log AND operation_type = 'move' AND status = 'completed'")
            .Bind("$log", logId).Long()!.Value;

    private int TakeSettledEarlier()
    {
        var settled = settledEarlier;
        settledEarlier = 0;
        return settled;
    }

    /// <summary>The plan made again: its counts, the fingerprint of its moves and playlists, the moves as orders, the playlists to write and to remove.</summary>
    private (PlanCounts Plan, string Fingerprint, List<MoveOrder> Orders, List<PlaylistOrder> Playlists, List<PlaylistOrder> Removals) PlanAgain(
        string? rootName, CancellationToken cancellation)
    {
        var plan = new PlanCounts();
        var fingerprint = new PlanFingerprint();
        var orders = new List<MoveOrder>();
        var playlists = new List<PlaylistOrder>();
        var removals = new List<PlaylistOrder>();
        foreach (var line in new OrganizerPlanner(connection, settings, oneGameOneRom).Stream(rootName, cancellation).Select(plan.Count).Select(fingerprint.Add))
        {
            if (line.Action == PlanActions.Move)
            {
                orders.Add(Order(line.InstanceId, line.From, line.To!));
            }
            else if (line.Action == PlanActions.Playlist)
            {
                playlists.Add(new PlaylistOrder(line.Root, line.To!, line.Content!));
            }
            else if (line.Action == PlanActions.RemovePlaylist)
            {
                removals.Add(new PlaylistOrder(line.Root, line.From, line.Content!));
            }
        }

        return (plan, fingerprint.Value, orders, playlists, removals);
    }

    /// <summary>
    /// One apply or undo run: an undo first removes the playlists the undone run wrote (<paramref name="undoneRun"/>), then
    /// the moves are made, then an apply removes the playlists the organizer wrote that its plan no longer keeps
    /// (<paramref name="removals"/>) and writes its playlists (<paramref name="playlists"/>; an undo: the ones the undone
    /// run removed) beside the discs now in place.
    /// </summary>
    private OrganizeRunReport Run(string mode, List<MoveOrder> orders, string initiatedBy, PlanCounts? plan, int recovered,
        CancellationToken cancellation, IProgress<OrganizeProgress>? progress, IReadOnlyList<PlaylistOrder>? playlists = null, long? undoneRun = null,
        IReadOnlyList<PlaylistOrder>? removals = null)
    {
        var runs = new ImportRunStore(connection);
        var logId = new OrganizerRunLog(connection).Start(mode);
        ApplyResult result;
        var status = RunStatus.Completed;
        var playlistFiles = new PlaylistFiles(connection);
        (int Done, List<string> Failures) written = (0, []);
        (int Done, List<string> Failures) removed = (0, []);
        (int Done, List<string> Failures) restored = (0, []);
        try
        {
            if (undoneRun is { } undone)
            {
                written = playlistFiles.Remove(undone, initiatedBy, logId, cancellation);
            }

            result = new OrganizerExecutor(connection).Apply(orders, initiatedBy, logId, cancellation, progress);
            if (!result.Cancelled && removals is { Count: > 0 })
            {
                removed = playlistFiles.RemoveOwned(removals, initiatedBy, logId, cancellation);
            }

            if (!result.Cancelled && playlists is { Count: > 0 } && undoneRun is not null)
            {
                restored = playlistFiles.Write(playlists, initiatedBy, logId, cancellation);
            }
            else if (!result.Cancelled && playlists is { Count: > 0 })
            {
                written = playlistFiles.Write(playlists, initiatedBy, logId, cancellation);
            }

            result = result with
            {
                Failed = result.Failed + written.Failures.Count + removed.Failures.Count + restored.Failures.Count,
                Failures = [.. result.Failures, .. removed.Failures, .. written.Failures, .. restored.Failures],
                Cancelled = result.Cancelled
                            || (removals is { Count: > 0 } && removed.Done + removed.Failures.Count < removals.Count)
                            || (playlists is { Count: > 0 } && undoneRun is null && written.Done + written.Failures.Count < playlists.Count)
                            || (playlists is { Count: > 0 } && undoneRun is not null && restored.Done + restored.Failures.Count < playlists.Count),
            };
        }
        catch (OperationCanceledException)
        {
            // The executor reports cancellation itself; should it ever throw instead, count what the log says it did.
            result = new ApplyResult(logId, CompletedMoves(logId), 0, [], Cancelled: true);
        }

        if (result.Cancelled)
        {
            status = RunStatus.Cancelled;
            result = result with { Failures = [.. result.Failures, "cancelled; finished moves stay recorded, the rest were not started"] };
        }

        var report = new OrganizeRunReport(logId, status, mode, result.Moved, result.Failed, plan?.InPlace ?? 0, plan?.Conflicts ?? 0,
            plan?.Skips ?? 0, recovered, result.Failures, written.Done, plan?.PlaylistsInPlace ?? 0, plan?.PlaylistsSkipped ?? 0, removed.Done, restored.Done);
        runs.Finish(logId, status, result.Moved, JsonSerializer.Serialize(report, OrganizerJsonContext.Default.OrganizeRunReport));
        return report;
    }

    private MoveOrder Order(long instanceId, string from, string to) =>
        connection.Once("""
            SELECT f.rom_id, r.sha1, lr.path AS root FROM file_instance f JOIN rom_file r ON r.rom_id = f.rom_id
            JOIN library_root lr ON lr.root_id = f.root_id WHERE f.instance_id = $id
            """).Bind("$id", instanceId).First(row => new MoveOrder(instanceId, row.Long("rom_id"), row.Text("sha1"), row.Text("root"), from, to))
        ?? throw new InvalidOperationException($"file instance {instanceId} is not in the database");
}
