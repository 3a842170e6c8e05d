using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace RomCurator.Core.Diagnostics;

/// <summary>
/// Fault injection for the crash-recovery tests: when the environment variable <c>ROMCURATOR_CRASH_AT</c> is
/// <c>NAME:N</c>, the process kills itself with SIGKILL the N-th time it passes the point called NAME — exactly
/// what a power loss or <c>kill -9</c> at that instant does. When <c>ROMCURATOR_CRASH_COUNT</c> names a file, every
/// point passed is appended to it (one name a line), so a test learns which points an operation passes and how
/// often. Without the variables this is a no-op.
/// </summary>
public static partial class CrashPoint
{
    public const string Variable = "ROMCURATOR_CRASH_AT";
    public const string CountVariable = "ROMCURATOR_CRASH_COUNT";
    private const int SigKill = 9;

    private static readonly (string Name, int Count)? Target = Parse(Environment.GetEnvironmentVariable(Variable));
    private static readonly CrashPointTally? Tally = CrashPointTally.Open(Environment.GetEnvironmentVariable(CountVariable));
    private static readonly ConcurrentDictionary<string, int> Hits = new(StringComparer.Ordinal);

    public static void Hit(string name)
    {
        Tally?.Record(name);
        if (Target is not { } target || target.Name != name)
        {
            return;
        }

        if (Hits.AddOrUpdate(name, 1, (_, count) => count + 1) == target.Count)
        {
            Kill(GetProcessId(), SigKill);
        }
    }

    private static (string, int)? Parse(string? value)
    {
        var separator = value?.LastIndexOf(':') ?? -1;
        return separator > 0 && int.TryParse(value![(separator + 1)..], out var count) && count > 0
            ? (value[..separator], count)
            : null;
    }

    [LibraryImport("libc", EntryPoint = "getpid")]
    private static partial int GetProcessId();

    [LibraryImport("libc", EntryPoint = "kill")]
    private static partial int Kill(int pid, int signal);
}
