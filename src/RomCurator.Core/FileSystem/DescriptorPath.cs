using System.Runtime.InteropServices;
using System.Text;

namespace RomCurator.Core.FileSystem;

/// <summary>
/// Where an open descriptor really is (Linux's <c>/proc/self/fd/N</c>): the path with every link resolved, as the
/// kernel opened it. O_NOFOLLOW only refuses a link at the last component; this tells whether a folder on the way was
/// a link out of the root when the file was opened, with no window between the check and the read. Called once per
/// file read: the link's name is formatted on the stack, and the comparison with the root is made on the bytes, so a
/// file inside its root costs no allocation.
/// </summary>
public static partial class DescriptorPath
{
    private const int MaxPathBytes = 4096;

    /// <summary>Room for <c>/proc/self/fd/</c>, any int and the terminating NUL.</summary>
    public const int LinkNameBytes = 32;

    private static volatile bool unavailable = !OperatingSystem.IsLinux();

    /// <summary>The real path of the open <paramref name="descriptor"/>, or null where it cannot be told (no /proc).</summary>
    public static string? Of(int descriptor)
    {
        Span<byte> target = stackalloc byte[MaxPathBytes];
        var length = ReadTarget(descriptor, target);
        return length < 0 ? null : Encoding.UTF8.GetString(target[..length]);
    }

    /// <summary>
    /// The real path of <paramref name="descriptor"/> when it lies outside <paramref name="rootReal"/> (a link on the
    /// way led out of the root), else null (inside, or not told).
    /// </summary>
    public static string? OutsideRoot(int descriptor, string? rootReal)
    {
        if (rootReal is null)
        {
            return null;
        }

        Span<byte> target = stackalloc byte[MaxPathBytes];
        var length = ReadTarget(descriptor, target);
        if (length < 0)
        {
            return null;
        }

        var opened = target[..length];
        Span<byte> root = stackalloc byte[MaxPathBytes];
        if (Encoding.UTF8.TryGetBytes(rootReal.AsSpan().TrimEnd('/'), root, out var rootLength) && IsSameOrUnder(opened, root[..rootLength]))
        {
            return null;
        }

        // The bytes say outside (or the root's name is too long to compare): the string comparison decides.
        var path = Encoding.UTF8.GetString(opened);
        return RealPath.IsSameOrUnder(path, rootReal) ? null : path;
    }

    /// <summary>
    /// Writes <c>/proc/self/fd/N\0</c> into <paramref name="into"/> (at least <see cref="LinkNameBytes"/> long): the
    /// name that leads to the very file <paramref name="descriptor"/> is open on, whatever its own name leads to now.
    /// </summary>
    public static void LinkName(int descriptor, Span<byte> into)
    {
        var prefix = "/proc/self/fd/"u8;
        prefix.CopyTo(into);
        descriptor.TryFormat(into[prefix.Length..], out var digits, provider: System.Globalization.CultureInfo.InvariantCulture);
        into[prefix.Length + digits] = 0;
    }

    /// <summary>The descriptor's real path into <paramref name="target"/>: its length, or -1 when it cannot be told.</summary>
    private static unsafe int ReadTarget(int descriptor, Span<byte> target)
    {
        if (unavailable)
        {
            return -1;
        }

        Span<byte> link = stackalloc byte[LinkNameBytes];
        LinkName(descriptor, link);
        nint length;
        try
        {
            fixed (byte* name = link)
            fixed (byte* into = target)
            {
                length = NativeReadLink(name, into, target.Length);
            }
        }
        catch (Exception error) when (error is EntryPointNotFoundException or DllNotFoundException)
        {
            unavailable = true;
            return -1;
        }

        // A failure (no /proc) or a path that may be cut short: not told.
        return length <= 0 || length >= target.Length ? -1 : (int)length;
    }

    /// <summary><see cref="RealPath.IsSameOrUnder"/> on UTF-8 bytes; <paramref name="root"/> has no trailing '/'.</summary>
    private static bool IsSameOrUnder(ReadOnlySpan<byte> path, ReadOnlySpan<byte> root) =>
        root.Length == 0
        || (path.StartsWith(root) && (path.Length == root.Length || path[root.Length] == (byte)'/'));

    [LibraryImport("libc", EntryPoint = "readlink")]
    private static unsafe partial nint NativeReadLink(byte* path, byte* buffer, nint size);
}
