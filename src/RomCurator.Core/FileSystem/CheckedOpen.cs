using System.Runtime.InteropServices;

namespace RomCurator.Core.FileSystem;

/// <summary>
/// The two steps of every checked open of a user file (Linux): <see cref="Name"/> opens the path <c>O_PATH</c>, a
/// descriptor that only names the file (its opening never reaches a device's or FIFO's driver; <c>fstat</c> on it tells
/// what the file is now), and <see cref="Reopen"/> opens the very file named, through <c>/proc/self/fd/N</c>, which leads
/// to the same inode whatever its name leads to by then. Between the two, the caller checks the kind (and, with
/// <see cref="DescriptorPath.OutsideRoot"/>, where it really is), so a FIFO, device or link swapped in is never opened,
/// with no window between the check and the open. Also the program's one copy of libc's <c>open</c> and <c>close</c>
/// (both in every glibc and musl), for every raw descriptor it opens (<see cref="ByName"/>).
/// </summary>
public static partial class CheckedOpen
{
    public const int ReadOnly = 0;
    public const int NoControllingTerminal = 0x100;
    public const int NonBlocking = 0x800;
    public const int CloseOnExec = 0x80000;

    /// <summary>
    /// <c>open(path, O_PATH|O_CLOEXEC)</c>, with <c>O_NOFOLLOW</c> unless <paramref name="followLink"/> (then a link at
    /// the last name is itself named, and <c>fstat</c> says it is a link). -1 with errno set when it fails. Linux
    /// x64/arm64 only (<see cref="LinuxAbi.Current"/> not null).
    /// </summary>
    public static int Name(string path, bool followLink) =>
        Open(path, LinuxAbi.PathOnlyFlag | (followLink ? 0 : LinuxAbi.Current!.NoFollowFlag) | CloseOnExec);

    /// <summary>
    /// Opens the file <paramref name="named"/> names (an O_PATH descriptor) for real, with <paramref name="flags"/>: the
    /// same inode, not its name. -1 with errno set when it fails (no /proc: ENOENT).
    /// </summary>
    public static unsafe int Reopen(int named, int flags)
    {
        Span<byte> link = stackalloc byte[DescriptorPath.LinkNameBytes];
        DescriptorPath.LinkName(named, link);
        fixed (byte* name = link)
        {
            return Open(name, flags);
        }
    }

    /// <summary><c>open(path, flags)</c> by name; -1 with errno set when it fails.</summary>
    public static int ByName(string path, int flags) => Open(path, flags);

    /// <summary><c>close</c>; its result is of no use to a reader.</summary>
    public static void Close(int descriptor) => _ = NativeClose(descriptor);

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true)]
    private static unsafe partial int Open(byte* terminatedPath, int flags);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int NativeClose(int descriptor);
}
