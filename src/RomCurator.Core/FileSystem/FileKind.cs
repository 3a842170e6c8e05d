using System.Runtime.InteropServices;

namespace RomCurator.Core.FileSystem;

/// <summary>
/// Tells regular files from FIFOs, sockets and devices (stat's file type), which .NET does not expose: opening a
/// FIFO blocks and reading a device may never end, so a scan must not touch them.
/// </summary>
public static partial class FileKind
{
    private const uint TypeMask = 0xF000;
    private const uint Regular = 0x8000;

    /// <summary>True for a regular file (following symlinks); also true when the type cannot be read (the open will report).</summary>
    public static bool IsRegularFile(string path)
    {
        var offset = RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.X64 => 24,
            Architecture.Arm64 => 16,
            _ => -1,
        };
        if (offset < 0 || !OperatingSystem.IsLinux())
        {
            return true;
        }

        Span<byte> buffer = stackalloc byte[256];
        if (Stat(path, ref MemoryMarshal.GetReference(buffer)) != 0)
        {
            return true;
        }

        var mode = BitConverter.ToUInt32(buffer.Slice(offset, 4));
        return (mode & TypeMask) == Regular;
    }

    [LibraryImport("libc", EntryPoint = "stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, ref byte buffer);
}
