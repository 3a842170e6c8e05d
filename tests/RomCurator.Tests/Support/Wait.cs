using System.Diagnostics;

namespace RomCurator.Tests.Support;

/// <summary>
/// Waits for a condition another thread makes true (a background read ended, a thread is blocked, a pane is
/// counted): polls it, never sleeps a fixed time as a stand-in for it. The limit is only a hang guard, two minutes by
/// the clock whatever the machine's speed or load, never a count of polls that a slow machine runs out of.
/// </summary>
public static class Wait
{
    /// <summary>The longest any test waits for something that should happen at once: a hang guard, not a bound.</summary>
    public static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    /// <summary>Polls <paramref name="condition"/> until it holds; throws when it never does within the hang guard.</summary>
    public static void Until(Func<bool> condition, string? what = null) => Until(() => { }, condition, what);

    /// <summary>
    /// Plays <paramref name="step"/> (a main-loop timer the headless clock does not advance) until
    /// <paramref name="condition"/> holds; throws when it never does within the hang guard.
    /// </summary>
    public static void Until(Action step, Func<bool> condition, string? what = null)
    {
        if (!Eventually(step, condition))
        {
            throw new TimeoutException($"waited {HangGuard.TotalMinutes:0} min for {what ?? "a condition"}");
        }
    }

    /// <summary>Like <see cref="Until(Action, Func{bool}, string?)"/> but says whether the condition came, for the caller to assert on.</summary>
    public static bool Eventually(Action step, Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > HangGuard)
            {
                return false;
            }

            Thread.Sleep(5);
            step();
        }

        return true;
    }
}
