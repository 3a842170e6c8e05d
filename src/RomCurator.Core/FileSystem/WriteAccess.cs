using System.Runtime.InteropServices;

namespace RomCurator.Core.FileSystem;

/// <summary>
/// Whether this process may write to a path: faccessat(2) with W_OK and AT_EACCESS (the effective identity, as the
/// write itself would be checked: permissions and read-only mounts).
/// </summary>
public static partial class WriteAccess
{
    private const int CurrentFolder = -100;
    private const int WriteOk = 2;
    private const int EffectiveIds = 0x200;

    /// <summary>True when writing is allowed, or when it cannot be told (not Linux): the write itself will report.</summary>
    public static bool Allowed(string path) => !OperatingSystem.IsLinux() || FileAccessAt(CurrentFolder, path, WriteOk, EffectiveIds) == 0;

    [LibraryImport("libc", EntryPoint = "faccessat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int FileAccessAt(int folder, string path, int mode, int flags);
}
