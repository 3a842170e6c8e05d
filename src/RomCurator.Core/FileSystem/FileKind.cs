namespace RomCurator.Core.FileSystem;

/// <summary>
/// Tells regular files from FIFOs, sockets and devices (stat's file type), which .NET does not expose: opening a
/// FIFO blocks and reading a device may never end, so a scan must not touch them.
/// </summary>
public static class FileKind
{
    /// <summary>True for a regular file (following symlinks); also true when the type cannot be read (the open will report).</summary>
    public static bool IsRegularFile(string path)
    {
        if (LinuxAbi.Current is not { } abi)
        {
            return true;
        }

        Span<byte> buffer = stackalloc byte[LinuxAbi.StatBytes];
        if (abi.Stat(path, buffer) != 0)
        {
            return true;
        }

        return abi.FileType(buffer) == LinuxAbi.ModeRegular;
    }
}
