using System.Runtime.InteropServices;

namespace RomCurator.Core.FileSystem;

/// <summary>
/// Reads the start of a file with plain libc calls. .NET takes an advisory lock on every file it opens, so it cannot
/// read a file another process holds exclusively (a job lock); this can.
/// </summary>
public static partial class UnlockedFile
{
    /// <summary>Up to <paramref name="maxBytes"/> bytes of the file as UTF-8, or null when it cannot be read.</summary>
    public static unsafe string? ReadText(string path, int maxBytes = 4096)
    {
        var descriptor = CheckedOpen.ByName(path, CheckedOpen.ReadOnly);
        if (descriptor < 0)
        {
            return null;
        }

        try
        {
            var buffer = new byte[maxBytes];
            nint read;
            fixed (byte* start = buffer)
            {
                read = Read(descriptor, start, maxBytes);
            }

            return read < 0 ? null : System.Text.Encoding.UTF8.GetString(buffer, 0, (int)read);
        }
        finally
        {
            CheckedOpen.Close(descriptor);
        }
    }

    [LibraryImport("libc", EntryPoint = "read")]
    private static unsafe partial nint Read(int descriptor, byte* buffer, nint count);
}
