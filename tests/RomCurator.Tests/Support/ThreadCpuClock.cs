using System.Runtime.InteropServices;

namespace RomCurator.Tests.Support;

/// <summary>
/// The CPU time the calling thread has used (clock_gettime with CLOCK_THREAD_CPUTIME_ID): what a bound on the cost of
/// synchronous work measures, unlike a stopwatch, which also counts the time other processes held the cores (on a
/// loaded machine, a linear cut waited seconds for a core and failed a wall-clock bound).
/// </summary>
public static partial class ThreadCpuClock
{
    private const int ThreadCpuTimeId = 3;

    /// <summary>Runs <paramref name="work"/> on the calling thread; its result and the CPU time it took.</summary>
    public static (T Result, TimeSpan Cpu) Measure<T>(Func<T> work)
    {
        var start = Now();
        var result = work();
        return (result, Now() - start);
    }

    private static TimeSpan Now()
    {
        if (ClockGetTime(ThreadCpuTimeId, out var time) != 0)
        {
            throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed");
        }

        return TimeSpan.FromTicks(time.Seconds * TimeSpan.TicksPerSecond + time.Nanoseconds / 100);
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);
}
