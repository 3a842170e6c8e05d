using System.Runtime.InteropServices;
using RomCurator.Core.FileSystem;

namespace RomCurator.Core.Hashing;

/// <summary>
/// Reads a whole small file through raw descriptors, no FileStream, no lock, no read-ahead advice, and never writes,
/// opened the checked way (<see cref="CheckedOpen"/>). First <c>open(O_PATH|O_NOFOLLOW|O_CLOEXEC)</c>: a descriptor
/// that only names the file, whose opening never reaches a device's or FIFO's driver; <c>fstat</c> on it tells what
/// the file is now, and nothing but a regular file goes on (a symbolic link is not followed: the caller decides). Then the very file checked is opened for reading through
/// <c>/proc/self/fd/N</c> (<c>O_RDONLY|O_NONBLOCK|O_NOCTTY|O_CLOEXEC</c>), which leads to the same inode whatever its name
/// leads to by then, so a file replaced by a device or FIFO between the walk and the read is never opened (opening a
/// tape rewinds it, opening a modem line can hang it up), with no window between the check and the open. Then
/// <c>read</c>, <c>fstat</c> again (the change check sees the file as it was after the read), <c>close</c>.
/// Checking the name first (<c>fstatat</c>) and comparing device and inode after the open would still open whatever
/// the name led to in between; opening through the walker's folder descriptor would too.
/// Linux on x64/arm64 only (the <c>struct stat</c> layout is known there); elsewhere <see cref="IsSupported"/> is false.
/// Without /proc the file is left to the FileStream read (<see cref="RawReadStatus.Unavailable"/>).
/// </summary>
public static partial class RawFileRead
{
    private const int Interrupted = 4;
    private const int TooManyLinks = 40;

    private static readonly LinuxAbi? Abi = LinuxAbi.Current;

    private static volatile bool unavailable = Abi is null;

    /// <summary>False where the raw calls are not used (the caller reads through a FileStream instead).</summary>
    public static bool IsSupported => !unavailable;

    /// <summary>
    /// Reads the file at <paramref name="path"/> into <paramref name="buffer"/>: up to <paramref name="expectedSize"/>
    /// bytes, or more if it has more (up to the buffer's length; the change check then tells it grew). With
    /// <paramref name="rootReal"/>, a file whose real path (once opened) lies outside it is not read:
    /// <see cref="RawReadStatus.OutsideRoot"/>, with that path in <paramref name="outside"/>.
    /// </summary>
    public static RawReadStatus Read(string path, Span<byte> buffer, long expectedSize, out int length, out RawFileFacts afterRead) =>
        Read(path, null, buffer, expectedSize, out length, out afterRead, out _);

    /// <inheritdoc cref="Read(string, Span{byte}, long, out int, out RawFileFacts)"/>
    public static RawReadStatus Read(string path, string? rootReal, Span<byte> buffer, long expectedSize, out int length, out RawFileFacts afterRead, out string? outside)
    {
        length = 0;
        afterRead = default;
        outside = null;
        if (unavailable)
        {
            return RawReadStatus.Unavailable;
        }

        try
        {
            return ReadOpened(path, rootReal, buffer, expectedSize, out length, out afterRead, out outside);
        }
        catch (Exception error) when (error is EntryPointNotFoundException or DllNotFoundException)
        {
            // A libc without these entry points: FileStream from now on.
            unavailable = true;
            return RawReadStatus.Unavailable;
        }
    }

    private static RawReadStatus ReadOpened(string path, string? rootReal, Span<byte> buffer, long expectedSize, out int length, out RawFileFacts afterRead, out string? outside)
    {
        length = 0;
        afterRead = default;
        outside = null;
        var named = CheckedOpen.Name(path, followLink: false);
        if (named < 0)
        {
            return Marshal.GetLastPInvokeError() == TooManyLinks ? RawReadStatus.Link : RawReadStatus.Unavailable;
        }

        try
        {
            var type = FileType(named);
            if (type is null)
            {
                return RawReadStatus.Unavailable;
            }

            if (type != LinuxAbi.ModeRegular)
            {
                return type == LinuxAbi.ModeLink ? RawReadStatus.Link : RawReadStatus.NotRegular;
            }

            // O_NOFOLLOW guards the last name only: a folder on the way may have become a link out of the root.
            if (DescriptorPath.OutsideRoot(named, rootReal) is { } realPath)
            {
                outside = realPath;
                return RawReadStatus.OutsideRoot;
            }

            var descriptor = CheckedOpen.Reopen(named, CheckedOpen.ReadOnly | CheckedOpen.NonBlocking | CheckedOpen.NoControllingTerminal | CheckedOpen.CloseOnExec);
            if (descriptor < 0)
            {
                return RawReadStatus.Unavailable;
            }

            try
            {
                if (!ReadAll(descriptor, buffer, expectedSize, out length) || Stat(descriptor) is not { } after)
                {
                    return RawReadStatus.Unavailable;
                }

                afterRead = after;
                return RawReadStatus.Read;
            }
            finally
            {
                CheckedOpen.Close(descriptor);
            }
        }
        finally
        {
            CheckedOpen.Close(named);
        }
    }

    private static uint? FileType(int descriptor)
    {
        Span<byte> buffer = stackalloc byte[LinuxAbi.StatBytes];
        return Abi!.FStat(descriptor, buffer) == 0 ? Abi.FileType(buffer) : null;
    }

    /// <summary>Reads until end of file, the buffer is full, or the expected size is in (the change check covers the rest).</summary>
    private static unsafe bool ReadAll(int descriptor, Span<byte> buffer, long expectedSize, out int length)
    {
        length = 0;
        fixed (byte* start = buffer)
        {
            while (length < buffer.Length)
            {
                var read = NativeRead(descriptor, start + length, buffer.Length - length);
                if (read < 0)
                {
                    if (Marshal.GetLastPInvokeError() == Interrupted)
                    {
                        continue;
                    }

                    return false;
                }

                if (read == 0)
                {
                    break;
                }

                length += (int)read;
                if (length == expectedSize)
                {
                    // All the bytes discovery saw: the fstat after the read tells whether there are more.
                    break;
                }
            }
        }

        return true;
    }

    private static RawFileFacts? Stat(int descriptor)
    {
        Span<byte> buffer = stackalloc byte[LinuxAbi.StatBytes];
        if (Abi!.FStat(descriptor, buffer) != 0)
        {
            return null;
        }

        return new RawFileFacts(
            Abi.FileType(buffer) == LinuxAbi.ModeRegular,
            MemoryMarshal.Read<long>(buffer[LinuxAbi.SizeOffset..]),
            MemoryMarshal.Read<long>(buffer[LinuxAbi.ModifiedSecondsOffset..]),
            MemoryMarshal.Read<long>(buffer[LinuxAbi.ModifiedNanosecondsOffset..]));
    }

    [LibraryImport("libc", EntryPoint = "read", SetLastError = true)]
    private static unsafe partial nint NativeRead(int descriptor, byte* buffer, nint count);
}
