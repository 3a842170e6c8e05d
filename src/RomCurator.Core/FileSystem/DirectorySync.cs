using System.Runtime.InteropServices;

namespace RomCurator.Core.FileSystem;

/// <summary>
/// Flushes a directory's entries to disk (fsync on the directory), so a rename survives a power loss, not only
/// a killed process. Best effort: file systems that cannot sync directories are left as they are.
/// </summary>
public static partial class DirectorySync
{
    private const int ReadOnly = 0;

    public static void Flush(string path)
    {
        if (LinuxAbi.Current is not { } abi)
        {
            return;
        }

        var descriptor = Open(path, ReadOnly | abi.DirectoryFlag);
        if (descriptor < 0)
        {
            return;
        }

        try
        {
            FSync(descriptor);
        }
        finally
        {
            Close(descriptor);
        }
    }

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync")]
    private static partial int FSync(int descriptor);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int descriptor);
}
