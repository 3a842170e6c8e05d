namespace RomCurator.Tests.Support;

/// <summary>
/// A progress sink that holds up the run reporting to it once <paramref name="when"/> is true, until the test calls
/// <see cref="Resume"/>: a real scan or organizer run caught in the middle, holding whatever it holds.
/// </summary>
public sealed class PausingProgress<T>(Func<T, bool> when) : IProgress<T>, IDisposable
{
    private readonly ManualResetEventSlim reached = new();
    private readonly ManualResetEventSlim resume = new();

    public void Report(T value)
    {
        if (!resume.IsSet && when(value))
        {
            reached.Set();
            resume.Wait(TimeSpan.FromMinutes(2));
        }
    }

    /// <summary>Waits until the run is held up (fails after a minute).</summary>
    public void WaitUntilPaused()
    {
        if (!reached.Wait(TimeSpan.FromMinutes(1)))
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
