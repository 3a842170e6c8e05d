using System.Runtime.InteropServices;

namespace RomCurator.Tests.Support;

/// <summary>
/// Tells whether a file was opened (Linux inotify, IN_OPEN) while it was watched: the kernel reports every open that
/// reaches the file itself, and none for an O_PATH descriptor, which only names it. Null from <see cref="Start"/> where
/// inotify is not available.
/// </summary>
public sealed partial class OpenWatch : IDisposable
{
    private const int NonBlocking = 0x800;
    private const uint InOpen = 0x20;

    /// <summary>Also watched, so two opens in a row are two events (inotify merges identical consecutive ones).</summary>
    private const uint InCloseNoWrite = 0x10;

    private readonly int descriptor;

    private OpenWatch(int descriptor) => this.descriptor = descriptor;

    public static OpenWatch? Start(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        var descriptor = InotifyInit(NonBlocking);
        if (descriptor < 0)
        {
            return null;
        }

        if (InotifyAddWatch(descriptor, path, InOpen | InCloseNoWrite) < 0)
        {
            _ = Close(descriptor);
            return null;
        }

        return new OpenWatch(descriptor);
    }

    /// <summary>True when an open was reported since the last look (the events are consumed).</summary>
    public bool Opened() => Opens() > 0;

    /// <summary>How many opens were reported since the last look (the events are consumed).</summary>
    public unsafe int Opens()
    {
        const int size = 4096;
        var buffer = stackalloc byte[size];
        var count = 0;
        nint read;
        while ((read = Read(descriptor, buffer, size)) > 0)
        {
            // struct inotify_event: wd, mask, cookie, len (4 bytes each), then len bytes of name.
            for (var at = 0; at + 16 <= read; at += 16 + *(int*)(buffer + at + 12))
            {
                if ((*(uint*)(buffer + at + 4) & InOpen) != 0)
                {
                    count++;
                }
            }
        }

        return count;
    }

    public void Dispose() => _ = Close(descriptor);

    [LibraryImport("libc", EntryPoint = "inotify_init1")]
    private static partial int InotifyInit(int flags);

    [LibraryImport("libc", EntryPoint = "inotify_add_watch", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int InotifyAddWatch(int descriptor, string path, uint mask);

    [LibraryImport("libc", EntryPoint = "read")]
    private static unsafe partial nint Read(int descriptor, byte* buffer, nint count);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int descriptor);
}
