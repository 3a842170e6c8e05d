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

    private const int BufferBytes = 32 * 1024;

    private static readonly LinuxAbi? Native = LinuxAbi.Current;

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

        var descriptor = CheckedOpen.ByName(path, layout.DirectoryFlag | layout.NoFollowFlag | CheckedOpen.CloseOnExec);
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
                var read = NativeSyscall(layout.GetDents64Call, descriptor, buffer, BufferBytes);
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
        var terminated = stackalloc byte[name.Length + 1];
        name.CopyTo(new Span<byte>(terminated, name.Length));
        terminated[name.Length] = 0;
        Span<byte> buffer = stackalloc byte[LinuxAbi.StatBytes];
        if (Native!.StatAt(descriptor, terminated, buffer, followLink) != 0)
        {
            status = default;
            return false;
        }

        var kind = Native.FileType(buffer) switch
        {
            LinuxAbi.ModeRegular => EntryKind.Regular,
            LinuxAbi.ModeDirectory => EntryKind.Directory,
            _ => EntryKind.Other,
        };
        status = new EntryStatus(kind, MemoryMarshal.Read<long>(buffer[LinuxAbi.SizeOffset..]),
            MemoryMarshal.Read<long>(buffer[LinuxAbi.ModifiedSecondsOffset..]), MemoryMarshal.Read<long>(buffer[LinuxAbi.ModifiedNanosecondsOffset..]));
        return true;
    }

    /// <summary>
    /// The folder's real path when it lies outside <paramref name="rootReal"/> (a folder on the way became a link out
    /// of the root: O_NOFOLLOW only refuses one at the last name), else null.
    /// </summary>
    public string? OutsideRoot(string rootReal) => DescriptorPath.OutsideRoot(descriptor, rootReal);

    public void Dispose() => CheckedOpen.Close(descriptor);

    [LibraryImport("libc", EntryPoint = "syscall")]
    private static unsafe partial long NativeSyscall(long number, long descriptor, byte* buffer, long count);
}
