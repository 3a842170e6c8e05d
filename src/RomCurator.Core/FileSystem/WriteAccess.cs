using System.Runtime.InteropServices;

namespace RomCurator.Core.FileSystem;

/// <summary>Whether this process may write to a path (access(2) with W_OK: permissions, read-only mounts).</summary>
public static partial class WriteAccess
{
    private const int WriteOk = 2;

    /// <summary>True when writing is allowed, or when it cannot be told (not Linux): the write itself will report.</summary>
    public static bool Allowed(string path) => !OperatingSystem.IsLinux() || Access(path, WriteOk) == 0;

    [LibraryImport("libc", EntryPoint = "access", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Access(string path, int mode);
}
