using Terminal.Gui.App;

namespace RomCurator.Tui.Shell;

/// <summary>
/// Work a pane runs off the main loop (a scan, an organizer run, a DAT import): it runs on a thread of its own that
/// only publishes its newest progress snapshot and, at the end, its result or the one line saying why it failed; a
/// 200 ms timer on the main loop shows the snapshot and, once the work has ended, hands the ending to the pane. No UI
/// stalls, nothing blocks the work, and whatever the thread throws is shown, never lost with it.
/// </summary>
public sealed class BackgroundJob<TProgress, TResult>(IApplication app) where TProgress : class
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);
    private CancellationTokenSource? cancellation;
    private volatile TProgress? latest;
    private volatile Ending? ending;
    private Action? onTick;
    private Action<Ending>? onEnded;
    private int runs;

    /// <summary>True from <see cref="Start"/> until the pane has been handed the ending.</summary>
    public bool IsRunning => cancellation is not null;

    /// <summary>The newest progress snapshot of the running work, or null before its first.</summary>
    public TProgress? Latest => latest;

    /// <summary>
    /// Starts <paramref name="work"/> on a background thread (the caller checks <see cref="IsRunning"/> first). Every
    /// tick calls <paramref name="tick"/> (it reads <see cref="Latest"/>); the first tick after the work has ended calls
    /// <paramref name="ended"/> with its result, or the line <paramref name="describe"/> makes of what it threw.
    /// </summary>
    public void Start(Func<CancellationToken, IProgress<TProgress>, TResult> work, Func<Exception, string> describe,
        Action tick, Action<Ending> ended)
    {
        cancellation = new CancellationTokenSource();
        var token = cancellation.Token;
        latest = null;
        ending = null;
        onTick = tick;
        onEnded = ended;
        var progress = new Snapshot(this);
        // A thread of its own, never one of the thread pool: Terminal.Gui's main loop and input loop wait between
        // iterations on delays whose endings run on the pool, and on a busy 2-core machine the pool adds threads
        // slowly: two slow counts holding its threads stalled every redraw (a pane switch) for seconds.
        new Thread(() =>
        {
            try
            {
                ending = new Ending(work(token, progress), null, false);
            }
            catch (Exception error)
            {
                ending = new Ending(default, describe(error), false);
            }
        })
        { IsBackground = true, Name = "romcurator pane work" }.Start();
        // Each run has its own timer: one left from an earlier run stops instead of ticking this one early.
        var run = ++runs;
        app.AddTimeout(Interval, () => run == runs && Tick());
    }

    /// <summary>Asks the running work to stop; false when nothing runs.</summary>
    public bool Cancel()
    {
        if (cancellation is null)
        {
            return false;
        }

        cancellation.Cancel();
        return true;
    }

    /// <summary>Main-loop timer: shows the newest snapshot; hands over the ending and stops itself once the work has ended.</summary>
    public bool Tick()
    {
        if (cancellation is null)
        {
            return false;
        }

        onTick?.Invoke();
        if (ending is not { } done)
        {
            return true;
        }

        var cancelled = cancellation.IsCancellationRequested;
        cancellation.Dispose();
        cancellation = null;
        ending = null;
        onEnded?.Invoke(done with { Cancelled = cancelled });
        return false;
    }

    /// <summary>How the work ended: its result, or the line saying why it failed; and whether it was asked to stop.</summary>
    public sealed record Ending(TResult? Result, string? Failure, bool Cancelled);

    private sealed class Snapshot(BackgroundJob<TProgress, TResult> job) : IProgress<TProgress>
    {
        public void Report(TProgress value) => job.latest = value;
    }
}
