using System.Runtime.InteropServices;

namespace RomCurator.Core.FileSystem;

/// <summary>
/// One folder opened as a directory handle (<c>open(O_DIRECTORY|O_NOFOLLOW)</c>): its names read with
/// <c>getdents64</c> as bytes with their type, and any of them looked at with <c>fstatat</c> relative to the handle
/// (no path joined, no link followed unless asked). What the walker lists a folder with on Linux x64/arm64 instead of
/// <c>FileSystemInfo</c> objects (one <c>lstat</c>, one <c>readlink</c> per entry). The two system calls go through
/// libc's <c>syscall</c>, which every glibc (the binary asks for 2.17) and musl export, unlike their wrappers.
/// </summary>
public sealed partial class DirectoryHandle : IDisposable
{
    /// <summary><c>d_type</c> values of <c>getdents64</c>.</summary>
    public const byte TypeUnknown = 0, TypeDirectory = 4, TypeRegular = 8, TypeLink = 10;

    private const uint ModeTypeMask = 0xF000, ModeRegular = 0x8000, ModeDirectory = 0x4000;
    private const int SymlinkNoFollow = 0x100;
    private const int CloseOnExec = 0x80000;
    private const int BufferBytes = 32 * 1024;
    private const int StatBytes = 256;

    private static readonly Layout? Native = Layout.ForThisMachine();

    private readonly int descriptor;

    private DirectoryHandle(int descriptor) => this.descriptor = descriptor;

    /// <summary>True where the handle works (Linux on x64 or arm64); elsewhere callers list folders the portable way.</summary>
    public static bool IsSupported => Native is not null;

    /// <summary>Opens a folder (not through a link at its last component); null when it cannot be opened.</summary>
    public static DirectoryHandle? Open(string path)
    {
        if (Native is not { } layout)
        {
            return null;
        }

        var descriptor = NativeOpen(path, layout.DirectoryFlag | layout.NoFollowFlag | CloseOnExec);
        return descriptor < 0 ? null : new DirectoryHandle(descriptor);
    }

    /// <summary>
    /// Adds every name of the folder but '.' and '..' to <paramref name="into"/> in the order the file system gives
    /// them; false when reading fails part-way (then <paramref name="into"/> is incomplete and must not be used).
    /// </summary>
    public unsafe bool ReadNames(List<DirectoryName> into)
    {
        var layout = Native!;
        var buffer = (byte*)NativeMemory.Alloc(BufferBytes);
        try
        {
            while (true)
            {
                var read = NativeSyscall(layout.GetDents64, descriptor, buffer, BufferBytes);
                if (read < 0)
                {
                    return false;
                }

                if (read == 0)
                {
                    return true;
                }

                for (long offset = 0; offset < read;)
                {
                    // struct linux_dirent64: d_ino (8), d_off (8), d_reclen (2), d_type (1), d_name (NUL-terminated).
                    var record = buffer + offset;
                    var length = *(ushort*)(record + 16);
                    var type = record[18];
                    var name = new ReadOnlySpan<byte>(record + 19, length - 19);
                    name = name[..name.IndexOf((byte)0)];
                    offset += length;
                    if (name is [(byte)'.'] or [(byte)'.', (byte)'.'])
                    {
                        continue;
                    }

                    into.Add(new DirectoryName(name.ToArray(), type));
                }
            }
        }
        finally
        {
            NativeMemory.Free(buffer);
        }
    }

    /// <summary>
    /// <c>fstatat</c> of one name of this folder: the link itself unless <paramref name="followLink"/>. False when it
    /// cannot be read (vanished, no permission).
    /// </summary>
    public unsafe bool TryStat(byte[] name, bool followLink, out EntryStatus status)
    {
        var layout = Native!;
        var terminated = stackalloc byte[name.Length + 1];
        name.CopyTo(new Span<byte>(terminated, name.Length));
        terminated[name.Length] = 0;
        var buffer = stackalloc byte[StatBytes];
        if (NativeSyscall(layout.NewFStatAt, descriptor, terminated, buffer, followLink ? 0 : SymlinkNoFollow) != 0)
        {
            status = default;
            return false;
        }

        // struct stat on x64 and on arm64 (the generic layout): st_size at 48, st_mtim (seconds, nanoseconds) at 88;
        // st_mode at 24 on x64, at 16 on arm64.
        var mode = *(uint*)(buffer + layout.ModeOffset) & ModeTypeMask;
        var kind = mode switch
        {
            ModeRegular => EntryKind.Regular,
            ModeDirectory => EntryKind.Directory,
            _ => EntryKind.Other,
        };
        status = new EntryStatus(kind, *(long*)(buffer + 48), *(long*)(buffer + 88), *(long*)(buffer + 96));
        return true;
    }

    public void Dispose() => NativeClose(descriptor);

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int NativeOpen(string path, int flags);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int NativeClose(int descriptor);

    [LibraryImport("libc", EntryPoint = "syscall")]
    private static unsafe partial long NativeSyscall(long number, long descriptor, byte* buffer, long count);

    [LibraryImport("libc", EntryPoint = "syscall")]
    private static unsafe partial long NativeSyscall(long number, long descriptor, byte* path, byte* stat, long flags);

    /// <summary>The numbers that differ between the two architectures (open flags, system calls, st_mode's offset).</summary>
    private sealed record Layout(int DirectoryFlag, int NoFollowFlag, long GetDents64, long NewFStatAt, int ModeOffset)
    {
        public static Layout? ForThisMachine()
        {
            if (!OperatingSystem.IsLinux())
            {
                return null;
            }

            return RuntimeInformation.ProcessArchitecture switch
            {
                Architecture.X64 => new Layout(0x10000, 0x20000, 217, 262, 24),
                Architecture.Arm64 => new Layout(0x4000, 0x8000, 61, 79, 16),
                _ => null,
            };
        }
    }
}
