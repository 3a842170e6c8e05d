namespace RomCurator.Tests.Support;

/// <summary>
/// A progress sink that holds up the run reporting to it once <paramref name="when"/> is true, until the test calls
/// <see cref="Resume"/>: a real scan or organizer run caught in the middle, holding whatever it holds.
/// Once paused, every report blocks until <see cref="Resume"/>, whichever thread makes it: a scan also reports from
/// its 200 ms ticker, and when the ticker was the one to pause, the scan's own thread must not run on to the end of
/// the run (releasing its lock) while the test believes it is held.
/// </summary>
public sealed class PausingProgress<T>(Func<T, bool> when) : IProgress<T>, IDisposable
{
    private readonly ManualResetEventSlim reached = new();
    private readonly ManualResetEventSlim resume = new();

    public void Report(T value)
    {
        if (!resume.IsSet && (reached.IsSet || when(value)))
        {
            reached.Set();
            resume.Wait(Wait.HangGuard);
        }
    }

    /// <summary>Waits until the run is held up (fails after the hang guard, two minutes).</summary>
    public void WaitUntilPaused()
    {
        if (!reached.Wait(Wait.HangGuard))
        {
            throw new TimeoutException("the run never reached the point where it pauses");
        }
    }

    public void Resume() => resume.Set();

    public void Dispose()
    {
        resume.Set();
        reached.Dispose();
        resume.Dispose();
    }
}
