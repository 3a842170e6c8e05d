using System.Runtime.InteropServices;
using System.Text;

namespace RomCurator.Core.FileSystem;

/// <summary>
/// Where an open descriptor really is (Linux's <c>/proc/self/fd/N</c>): the path with every link resolved, as the
/// kernel opened it. O_NOFOLLOW only refuses a link at the last component; this tells whether a folder on the way was
/// a link out of the root when the file was opened, with no window between the check and the read.
/// </summary>
public static partial class DescriptorPath
{
    private const int MaxPathBytes = 4096;

    private static volatile bool unavailable = !OperatingSystem.IsLinux();

    /// <summary>The real path of the open <paramref name="descriptor"/>, or null where it cannot be told (no /proc).</summary>
    public static unsafe string? Of(int descriptor)
    {
        if (unavailable)
        {
            return null;
        }

        var link = Encoding.ASCII.GetBytes($"/proc/self/fd/{descriptor}\0");
        var target = stackalloc byte[MaxPathBytes];
        nint length;
        try
        {
            fixed (byte* name = link)
            {
                length = NativeReadLink(name, target, MaxPathBytes);
            }
        }
        catch (Exception error) when (error is EntryPointNotFoundException or DllNotFoundException)
        {
            unavailable = true;
            return null;
        }

        // A failure (no /proc) or a path that may be cut short: not told.
        return length <= 0 || length >= MaxPathBytes ? null : Encoding.UTF8.GetString(target, (int)length);
    }

    /// <summary>
    /// The real path of <paramref name="descriptor"/> when it lies outside <paramref name="rootReal"/> (a link on the
    /// way led out of the root), else null (inside, or not told).
    /// </summary>
    public static string? OutsideRoot(int descriptor, string? rootReal)
    {
        if (rootReal is null || Of(descriptor) is not { } opened)
        {
            return null;
        }

        return RealPath.IsSameOrUnder(opened, rootReal) ? null : opened;
    }

    [LibraryImport("libc", EntryPoint = "readlink")]
    private static unsafe partial nint NativeReadLink(byte* path, byte* buffer, nint size);
}
