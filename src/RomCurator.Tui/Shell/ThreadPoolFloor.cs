namespace RomCurator.Tui.Shell;

/// <summary>
/// The full-screen interface keeps a few threads of the pool ready: Terminal.Gui's input loop holds one for good, and
/// its main loop waits between iterations on a delay whose ending runs on the pool. The pool starts with one thread a
/// core and adds more slowly while the CPU is busy, so the engine's own use of it during a scan (the walker, digests
/// of large chunks) could otherwise hold up redraws. Threads are only made when work waits for one.
/// </summary>
public static class ThreadPoolFloor
{
    /// <summary>The fewest worker threads the pool keeps ready while the interface runs.</summary>
    public const int Workers = 8;

    /// <summary>Raises the pool's minimum to <see cref="Workers"/> (never lowers it).</summary>
    public static void Raise()
    {
        ThreadPool.GetMinThreads(out var workers, out var completions);
        if (workers < Workers)
        {
            ThreadPool.SetMinThreads(Workers, completions);
        }
    }
}
