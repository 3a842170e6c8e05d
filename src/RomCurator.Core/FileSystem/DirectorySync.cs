using System.Runtime.InteropServices;

namespace RomCurator.Core.FileSystem;

/// <summary>
/// Flushes a directory's entries to disk (fsync on the directory), so a rename survives a power loss, not only
/// a killed process. Best effort: file systems that cannot sync directories are left as they are.
/// </summary>
public static partial class DirectorySync
{
    public static void Flush(string path)
    {
        if (LinuxAbi.Current is not { } abi)
        {
            return;
        }

        var descriptor = CheckedOpen.ByName(path, CheckedOpen.ReadOnly | abi.DirectoryFlag);
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
            CheckedOpen.Close(descriptor);
        }
    }

    [LibraryImport("libc", EntryPoint = "fsync")]
    private static partial int FSync(int descriptor);
}
