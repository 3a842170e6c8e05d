using System.Runtime.InteropServices;

namespace RomCurator.Core.FileSystem;

/// <summary>Canonical paths with every symlink resolved (libc realpath), used to detect loops and nested roots.</summary>
public static partial class RealPath
{
    /// <summary>The canonical path, or null when it cannot be resolved (missing, dangling link, no permission).</summary>
    public static string? TryResolve(string path)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS() && !OperatingSystem.IsFreeBSD())
        {
            return Directory.Exists(path) || File.Exists(path) ? Path.GetFullPath(path) : null;
        }

        var resolved = NativeRealPath(path, IntPtr.Zero);
        if (resolved == IntPtr.Zero)
        {
            return null;
        }

        try
        {
            return Marshal.PtrToStringUTF8(resolved);
        }
        finally
        {
            NativeFree(resolved);
        }
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies under it.</summary>
    public static bool IsSameOrUnder(string path, string folder)
    {
        var trimmedFolder = folder.TrimEnd('/');
        return path == trimmedFolder
               || path.StartsWith(trimmedFolder + "/", StringComparison.Ordinal)
               || trimmedFolder.Length == 0;
    }

    [LibraryImport("libc", EntryPoint = "realpath", StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr NativeRealPath(string path, IntPtr resolved);

    [LibraryImport("libc", EntryPoint = "free")]
    private static partial void NativeFree(IntPtr pointer);
}
