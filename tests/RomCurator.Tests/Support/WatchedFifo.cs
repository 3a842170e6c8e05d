using System.Diagnostics;
using RomCurator.Core.FileSystem;

namespace RomCurator.Tests.Support;

/// <summary>
/// A FIFO made at a path (mkfifo), in place of a file a test expects RomCurator to refuse without opening: an open by
/// name would block for ever. <see cref="Watched"/> also watches it for opens (<see cref="OpenWatch"/>), and skips the
/// test where the checked open or inotify is not available.
/// </summary>
public static class WatchedFifo
{
    public static async Task Make(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        await mkfifo.WaitForExitAsync();
    }

    public static async Task<OpenWatch> Watched(string path)
    {
        if (LinuxAbi.Current is null)
        {
            Skip.Test("Linux on x64 or arm64 only");
        }

        await Make(path);
        var watch = OpenWatch.Start(path);
        if (watch is null)
        {
            Skip.Test("inotify is not available here");
        }

        return watch!;
    }
}
