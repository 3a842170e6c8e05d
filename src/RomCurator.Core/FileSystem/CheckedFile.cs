using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace RomCurator.Core.FileSystem;

/// <summary>
/// A user file looked at before it is opened (<see cref="CheckedOpen"/>), for the scan's FileStream read (large files,
/// and small ones the raw read left), the organizer's copy across file systems, its recovery and playlists, and archives
/// opened by path: the path is opened <c>O_PATH</c> (following a link at its last name, or not: <see cref="IsLink"/>),
/// which never reaches a device's or FIFO's driver; <c>fstat</c> on that descriptor tells what the file is now; only a
/// regular file is then opened for reading, through <c>/proc/self/fd/N</c>, the very inode checked whatever its name
/// leads to by then. So a path
/// replaced by a FIFO (whose open blocks for ever) or a device (whose open may rewind a tape or hang up a line) between
/// the check and the open is never opened. Without /proc, the name is opened once more, non-blocking and without a
/// controlling terminal, and kept only if it is still the inode checked. Linux x64/arm64 only; elsewhere
/// <see cref="Look"/> returns null and the caller opens by name as before.
/// </summary>
public sealed partial class CheckedFile : IDisposable
{
    private const int NoSuchFile = 2;
    private const int NotPermitted = 1;
    private const int AccessDenied = 13;
    private const int NameTooLong = 36;
    private const int SequentialAdvice = 2;

    /// <summary>Where <c>struct stat</c> keeps <c>st_dev</c> and <c>st_ino</c> (the same on x64 and arm64).</summary>
    private const int DeviceOffset = 0, InodeOffset = 8;

    private readonly string path;
    private readonly int named;
    private readonly long device, inode;

    private CheckedFile(string path, int named, uint type, long device, long inode)
    {
        this.path = path;
        this.named = named;
        IsRegular = type == LinuxAbi.ModeRegular;
        IsLink = type == LinuxAbi.ModeLink;
        this.device = device;
        this.inode = inode;
    }

    /// <summary>True when the path led to a regular file when it was looked at (only then may it be opened).</summary>
    public bool IsRegular { get; }

    /// <summary>True when the path's last name was a symbolic link, looked at without following it.</summary>
    public bool IsLink { get; }

    /// <summary>
    /// Looks at <paramref name="path"/> without opening it, following a link at its last name unless
    /// <paramref name="followLink"/> is false (then a link is looked at itself: <see cref="IsLink"/>); null where the raw
    /// calls are not available (not Linux x64/arm64). Throws as a FileStream open would when the path cannot be reached
    /// (missing, a folder on the way not searchable).
    /// </summary>
    public static CheckedFile? Look(string path, bool followLink = true)
    {
        if (LinuxAbi.Current is not { } abi)
        {
            return null;
        }

        int named;
        try
        {
            named = CheckedOpen.Name(path, followLink);
        }
        catch (Exception error) when (error is EntryPointNotFoundException or DllNotFoundException)
        {
            return null;
        }

        if (named < 0)
        {
            throw ErrorFor(Marshal.GetLastPInvokeError(), path);
        }

        Span<byte> stat = stackalloc byte[LinuxAbi.StatBytes];
        if (abi.FStat(named, stat) != 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            CheckedOpen.Close(named);
            throw ErrorFor(errno, path);
        }

        return new CheckedFile(path, named, abi.FileType(stat),
            MemoryMarshal.Read<long>(stat[DeviceOffset..]), MemoryMarshal.Read<long>(stat[InodeOffset..]));
    }

    /// <summary>
    /// The checked open in one call: <paramref name="path"/> opened for one sequential read only when it is a regular file
    /// (a link at its last name followed, unless <paramref name="followLink"/> is false: then a link is refused). Otherwise
    /// an <see cref="IOException"/> that says why, and nothing opened: a FIFO or device is never opened. Off Linux
    /// x64/arm64, a plain open by name.
    /// </summary>
    public static FileStream OpenRegular(string path, bool followLink = true)
    {
        using var looked = Look(path, followLink);
        if (looked is null)
        {
            return Digests.ContentHasher.OpenForHashing(path);
        }

        if (looked.IsLink)
        {
            throw new IOException($"'{path}' is a symbolic link; it is not followed");
        }

        return looked.IsRegular ? looked.OpenForReading() : throw new IOException($"'{path}' is not a regular file; it is never opened");
    }

    /// <summary>The real path of the file looked at when it lies outside <paramref name="rootReal"/>, else null.</summary>
    public string? OutsideRoot(string? rootReal) => DescriptorPath.OutsideRoot(named, rootReal);

    /// <summary>
    /// Opens the regular file looked at for one sequential read (no lock: other programs are never blocked). Throws an
    /// <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> as a FileStream open would.
    /// </summary>
    public FileStream OpenForReading()
    {
        if (!IsRegular)
        {
            throw new InvalidOperationException("only a regular file is opened");
        }

        var descriptor = CheckedOpen.Reopen(named, CheckedOpen.ReadOnly | CheckedOpen.NoControllingTerminal | CheckedOpen.CloseOnExec);
        if (descriptor < 0 && Marshal.GetLastPInvokeError() == NoSuchFile)
        {
            // The descriptor holds the inode, so its /proc name is missing only where /proc is: the name, once more.
            descriptor = OpenSameByName();
        }

        if (descriptor < 0)
        {
            throw ErrorFor(Marshal.GetLastPInvokeError(), path);
        }

        AdviseSequential(descriptor);
        return new FileStream(new SafeFileHandle(descriptor, ownsHandle: true), FileAccess.Read, bufferSize: 0);
    }

    /// <summary>
    /// <c>posix_fadvise(POSIX_FADV_SEQUENTIAL)</c>, as a FileStream opened with <see cref="FileOptions.SequentialScan"/>
    /// does (a larger read-ahead for one sequential read), through <c>syscall</c> (fadvise64: x64 221, arm64 223). Advice
    /// only: its result is ignored.
    /// </summary>
    private static void AdviseSequential(int descriptor)
    {
        long? call = System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.X64 => 221,
            Architecture.Arm64 => 223,
            _ => null,
        };
        if (call is { } number)
        {
            _ = Syscall(number, descriptor, 0, 0, SequentialAdvice);
        }
    }

    public void Dispose() => CheckedOpen.Close(named);

    /// <summary>
    /// The name opened again, non-blocking (a FIFO swapped in meanwhile does not block the open), kept only when it is
    /// still the regular file looked at; -1 with errno set otherwise.
    /// </summary>
    private int OpenSameByName()
    {
        var descriptor = CheckedOpen.ByName(path, CheckedOpen.ReadOnly | CheckedOpen.NonBlocking | CheckedOpen.NoControllingTerminal | CheckedOpen.CloseOnExec);
        if (descriptor < 0)
        {
            return -1;
        }

        Span<byte> stat = stackalloc byte[LinuxAbi.StatBytes];
        var abi = LinuxAbi.Current!;
        if (abi.FStat(descriptor, stat) == 0 && abi.FileType(stat) == LinuxAbi.ModeRegular
            && MemoryMarshal.Read<long>(stat[DeviceOffset..]) == device && MemoryMarshal.Read<long>(stat[InodeOffset..]) == inode)
        {
            return descriptor;
        }

        CheckedOpen.Close(descriptor);
        Marshal.SetLastPInvokeError(NoSuchFile);
        return -1;
    }

    /// <summary>The exception a FileStream open by name throws for <paramref name="errno"/> (same messages).</summary>
    private static Exception ErrorFor(int errno, string path) => errno switch
    {
        NoSuchFile => new FileNotFoundException($"Could not find file '{path}'.", path),
        AccessDenied or NotPermitted => new UnauthorizedAccessException($"Access to the path '{path}' is denied."),
        NameTooLong => new PathTooLongException($"The path '{path}' is too long, or a component of the specified path is too long."),
        _ => new IOException($"{Marshal.GetPInvokeErrorMessage(errno)} : '{path}'"),
    };

    [LibraryImport("libc", EntryPoint = "syscall")]
    private static partial long Syscall(long number, long descriptor, long offset, long length, long advice);
}
