using RomCurator.Tests.Support;
using RomCurator.Tui.Shell;
using Terminal.Gui.Views;

namespace RomCurator.Tests.Tui.Shell;

/// <summary>The one helper the panes run their work with: snapshot, result, failure line, cancel.</summary>
public sealed class BackgroundJobTests
{
    [Test]
    public async Task The_newest_snapshot_is_shown_and_the_result_handed_over_once_on_the_main_loop()
    {
        using var terminal = new HeadlessTerminal(_ => new Window());
        var job = new BackgroundJob<string, string>(terminal.App);
        using var release = new ManualResetEventSlim();
        var shown = new List<string>();
        var endings = new List<BackgroundJob<string, string>.Ending>();
        job.Start((_, progress) =>
            {
                progress.Report("first");
                progress.Report("second");
                release.Wait(Wait.HangGuard);
                return "done";
            },
            error => error.Message,
            () => shown.Add(job.Latest ?? "none"),
            endings.Add);

        await Assert.That(job.IsRunning).IsTrue();
        Wait.Until(() => job.Latest == "second", "the second snapshot");
        await Assert.That(job.Tick()).IsTrue();
        release.Set();
        Until(job);

        await Assert.That(shown[0]).IsEqualTo("second");
        await Assert.That(endings).Count().IsEqualTo(1);
        await Assert.That(endings[0]).IsEqualTo(new BackgroundJob<string, string>.Ending("done", null, false));
        await Assert.That(job.IsRunning).IsFalse();
        await Assert.That(job.Tick()).IsFalse();
        await Assert.That(endings).Count().IsEqualTo(1);
    }

    [Test]
    public async Task What_the_work_throws_becomes_one_line_and_a_cancel_is_told()
    {
        using var terminal = new HeadlessTerminal(_ => new Window());
        var job = new BackgroundJob<string, string>(terminal.App);
        var endings = new List<BackgroundJob<string, string>.Ending>();
        await Assert.That(job.Cancel()).IsFalse();
        job.Start((token, _) =>
            {
                token.WaitHandle.WaitOne(Wait.HangGuard);
                throw new InvalidOperationException("the disk went away");
            },
            error => "failed: " + error.Message,
            () => { },
            endings.Add);

        await Assert.That(job.Cancel()).IsTrue();
        Until(job);

        await Assert.That(endings).Count().IsEqualTo(1);
        await Assert.That(endings[0]).IsEqualTo(new BackgroundJob<string, string>.Ending(null, "failed: the disk went away", true));
    }

    // The headless harness does not advance the main loop's clock: play the 200 ms timer by hand until the job ends.
    private static void Until(BackgroundJob<string, string> job) => Wait.Until(() => !job.Tick(), "the job to end");
}
