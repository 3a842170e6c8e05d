using System.Runtime.InteropServices;
using System.Text;

namespace RomCurator.Core.FileSystem;

/// <summary>
/// The numbers of the Linux system interface that differ between x64 and arm64 (open flags, system call numbers,
/// where <c>struct stat</c> keeps the file type), and the calls that an older glibc does not export as functions:
/// <c>stat</c>, <c>fstat</c> and <c>fstatat</c> are functions of libc only since glibc 2.33 (before, inline wrappers
/// of <c>__xstat</c>), <c>renameat2</c> since 2.28, while the binary runs on glibc 2.17. Those go through libc's
/// <c>syscall</c>, which every glibc and musl export. <see cref="Current"/> is null on any other system.
/// </summary>
public sealed partial record LinuxAbi(int DirectoryFlag, int NoFollowFlag, long FStatCall, long NewFStatAtCall, long RenameAt2Call, long GetDents64Call, int ModeOffset)
{
    /// <summary>Bytes to reserve for a <c>struct stat</c> (x64: 144, arm64: 128).</summary>
    public const int StatBytes = 256;

    /// <summary>Where <c>struct stat</c> keeps <c>st_size</c> and <c>st_mtim</c>: the same on x64 and arm64.</summary>
    public const int SizeOffset = 48, ModifiedSecondsOffset = 88, ModifiedNanosecondsOffset = 96;

    public const uint ModeTypeMask = 0xF000, ModeRegular = 0x8000, ModeDirectory = 0x4000, ModeLink = 0xA000;

    /// <summary>
    /// <c>O_PATH</c> (the same on x64 and arm64): a descriptor that only names the file. Opening one never calls a
    /// device's or FIFO's open (no tape rewind, no modem hang-up, no blocking), and <c>fstat</c> works on it.
    /// </summary>
    public const int PathOnlyFlag = 0x200000;

    private const int AtFdCwd = -100;
    private const int SymlinkNoFollow = 0x100;

    public static LinuxAbi? Current { get; } = ForThisMachine();

    private static LinuxAbi? ForThisMachine()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        return RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.X64 => new LinuxAbi(0x10000, 0x20000, FStatCall: 5, NewFStatAtCall: 262, RenameAt2Call: 316, GetDents64Call: 217, ModeOffset: 24),
            Architecture.Arm64 => new LinuxAbi(0x4000, 0x8000, FStatCall: 80, NewFStatAtCall: 79, RenameAt2Call: 276, GetDents64Call: 61, ModeOffset: 16),
            _ => null,
        };
    }

    /// <summary><c>stat</c> of a path (following links) into <paramref name="buffer"/>; 0, or -1 with errno set.</summary>
    public unsafe int Stat(string path, Span<byte> buffer)
    {
        fixed (byte* name = Terminated(path))
        {
            return StatAt(AtFdCwd, name, buffer, followLink: true);
        }
    }

    /// <summary>
    /// <c>fstatat</c> of a NUL-terminated name relative to an open folder's <paramref name="directory"/> descriptor, the
    /// link itself unless <paramref name="followLink"/>; 0, or -1 with errno set.
    /// </summary>
    public unsafe int StatAt(int directory, byte* terminatedName, Span<byte> buffer, bool followLink)
    {
        fixed (byte* into = buffer)
        {
            return (int)Syscall(NewFStatAtCall, directory, terminatedName, into, followLink ? 0 : SymlinkNoFollow);
        }
    }

    /// <summary><c>fstat</c> of an open descriptor into <paramref name="buffer"/>; 0, or -1 with errno set.</summary>
    public unsafe int FStat(int descriptor, Span<byte> buffer)
    {
        fixed (byte* into = buffer)
        {
            return (int)Syscall(FStatCall, descriptor, into);
        }
    }

    /// <summary><c>renameat2(AT_FDCWD, source, AT_FDCWD, destination, flags)</c>; 0, or -1 with errno set.</summary>
    public unsafe int RenameAt2(string source, string destination, uint flags)
    {
        var from = Terminated(source);
        var to = Terminated(destination);
        fixed (byte* fromName = from)
        fixed (byte* toName = to)
        {
            return (int)Syscall(RenameAt2Call, AtFdCwd, fromName, AtFdCwd, toName, flags);
        }
    }

    /// <summary>The file type bits of a <c>struct stat</c> read into <paramref name="buffer"/>.</summary>
    public uint FileType(ReadOnlySpan<byte> buffer) => BitConverter.ToUInt32(buffer.Slice(ModeOffset, 4)) & ModeTypeMask;

    private static byte[] Terminated(string path)
    {
        var bytes = new byte[Encoding.UTF8.GetByteCount(path) + 1];
        Encoding.UTF8.GetBytes(path, bytes);
        return bytes;
    }

    [LibraryImport("libc", EntryPoint = "syscall", SetLastError = true)]
    private static unsafe partial long Syscall(long number, long descriptor, byte* buffer);

    [LibraryImport("libc", EntryPoint = "syscall", SetLastError = true)]
    private static unsafe partial long Syscall(long number, long directory, byte* path, byte* buffer, long flags);

    [LibraryImport("libc", EntryPoint = "syscall", SetLastError = true)]
    private static unsafe partial long Syscall(long number, long fromDirectory, byte* from, long toDirectory, byte* to, long flags);
}
