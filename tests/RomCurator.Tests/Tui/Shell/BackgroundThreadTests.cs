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
        Wait.Eventually(() => job.Tick(), () => !job.IsRunning);

        await Assert.That(endings).Count().IsEqualTo(1);
        await Assert.That(endings[0].Failure).IsNull();
        await Assert.That(endings[0].Result).IsFalse();
    }

    [Test]
    public async Task The_interface_keeps_enough_pool_threads_ready_for_its_loops()
    {
        ThreadPoolFloor.Raise();
        ThreadPool.GetMinThreads(out var workers, out _);

        await Assert.That(workers).IsGreaterThanOrEqualTo(ThreadPoolFloor.Workers);
    }
}
