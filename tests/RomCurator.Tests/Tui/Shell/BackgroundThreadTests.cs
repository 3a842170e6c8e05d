using System.Diagnostics;
using RomCurator.Tests.Support;
using RomCurator.Tui.Shell;
using Terminal.Gui.Views;

namespace RomCurator.Tests.Tui.Shell;

/// <summary>
/// A pane's background work (a count, a scan, an import) never holds a thread of the thread pool: Terminal.Gui's main
/// loop and input loop wait on timers whose endings run there, so work filling the pool (two slow counts on a 2-core
/// machine) held up every redraw by the pool's thread injection, seconds per pane switch.
/// </summary>
[NotInParallel]
public sealed class BackgroundThreadTests
{
    [Test]
    public async Task Background_work_runs_on_its_own_thread_never_on_the_thread_pool()
    {
        using var terminal = new HeadlessTerminal(_ => new Window());
        var job = new BackgroundJob<string, bool>(terminal.App);
        var endings = new List<BackgroundJob<string, bool>.Ending>();
        job.Start((_, _) => Thread.CurrentThread.IsThreadPoolThread, error => error.Message, () => { }, endings.Add);
        for (var i = 0; i < 800 && job.IsRunning; i++)
        {
            Thread.Sleep(25);
            job.Tick();
        }

        await Assert.That(endings).Count().IsEqualTo(1);
        await Assert.That(endings[0].Failure).IsNull();
        await Assert.That(endings[0].Result).IsFalse();
    }

    [Test]
    public async Task While_slow_reads_block_more_threads_than_the_pool_has_its_work_items_still_run_at_once()
    {
        using var database = new TestDatabase();
        using var terminal = new HeadlessTerminal(_ => new Window());
        using var release = new ManualResetEventSlim();
        // More reads than the pool has threads now (idle ones included) or makes at once: on the pool, the last ones
        // would wait for new threads.
        ThreadPool.GetMinThreads(out var floor, out _);
        var reads = Enumerable.Range(0, Math.Max(ThreadPool.ThreadCount, floor) + 2).Select(_ => new BackgroundRead<int>(terminal.App, database.Path)).ToList();
        var started = 0;
        var clock = Stopwatch.StartNew();
        try
        {
            foreach (var read in reads)
            {
                read.Start(_ =>
                {
                    Interlocked.Increment(ref started);
                    // Busy on the CPU as a long query is: the pool adds threads slowly while the CPU is busy (an idle
                    // wait would have it add them at once).
                    for (var busy = Stopwatch.StartNew(); !release.IsSet && busy.Elapsed < TimeSpan.FromSeconds(20);)
                    {
                        Thread.SpinWait(200);
                    }

                    return 0;
                }, error => error.Message, _ => { });
            }

            SpinWait.SpinUntil(() => Volatile.Read(ref started) == reads.Count, TimeSpan.FromSeconds(10));
            await Assert.That(Volatile.Read(ref started)).IsEqualTo(reads.Count);

            var allStarted = clock.ElapsedMilliseconds;

            // What Terminal.Gui's loops wait on between iterations: the ending of a timer, run as a work item of the pool.
            using var ran = new ManualResetEventSlim();
            clock.Restart();
            ThreadPool.UnsafeQueueUserWorkItem(_ => ran.Set(), null);
            ran.Wait(TimeSpan.FromSeconds(20));
            var workItem = clock.ElapsedMilliseconds;

            await Assert.That(allStarted).IsLessThan(400);
            await Assert.That(workItem).IsLessThan(400);
        }
        finally
        {
            release.Set();
            foreach (var read in reads)
            {
                for (var i = 0; i < 800 && read.IsRunning; i++)
                {
                    Thread.Sleep(5);
                    read.Tick();
                }
            }
        }
    }

    [Test]
    public async Task The_interface_keeps_enough_pool_threads_ready_for_its_loops()
    {
        ThreadPoolFloor.Raise();
        ThreadPool.GetMinThreads(out var workers, out _);

        await Assert.That(workers).IsGreaterThanOrEqualTo(ThreadPoolFloor.Workers);
    }
}
