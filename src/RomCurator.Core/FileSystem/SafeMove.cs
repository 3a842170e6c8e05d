using System.Runtime.InteropServices;

namespace RomCurator.Core.FileSystem;

/// <summary>
/// Renames a file without ever replacing an existing one: renameat2(RENAME_NOREPLACE) where the file system
/// supports it, else link + unlink (also refuses to replace), else a checked rename. Reports a cross-device
/// move instead of silently copying, so the caller can copy, sync and verify first.
/// </summary>
public static partial class SafeMove
{
    private const uint RenameNoReplace = 1;
    private const int EExist = 17;
    private const int EXDev = 18;
    private const int EInval = 22;
    private const int ENoSys = 38;
    private const int EPerm = 1;
    private const int EOpNotSupp = 95;

    /// <summary>Renames <paramref name="source"/> to <paramref name="destination"/>; false when they are on different file systems.</summary>
    public static bool TryRename(string source, string destination)
    {
        if (LinuxAbi.Current is not { } abi)
        {
            return LinkThenUnlink(source, destination);
        }

        if (abi.RenameAt2(source, destination, RenameNoReplace) == 0)
        {
            return true;
        }

        var error = Marshal.GetLastPInvokeError();
        switch (error)
        {
            case EXDev:
                return false;
            case EExist:
                throw new IOException($"'{destination}' already exists; it is never overwritten");
            case EInval or ENoSys or EOpNotSupp:
                return LinkThenUnlink(source, destination);
            default:
                throw new IOException($"cannot move '{source}' to '{destination}': {Marshal.GetPInvokeErrorMessage(error)}");
        }
    }

    private static bool LinkThenUnlink(string source, string destination)
    {
        if (Link(source, destination) == 0)
        {
            File.Delete(source);
            return true;
        }

        var error = Marshal.GetLastPInvokeError();
        if (error == EXDev)
        {
            return false;
        }

        if (error == EExist)
        {
            throw new IOException($"'{destination}' already exists; it is never overwritten");
        }

        if (error is EPerm or EOpNotSupp)
        {
            // No hard links here (FAT, some SMB mounts): check, then rename.
            if (File.Exists(destination) || Directory.Exists(destination))
            {
                throw new IOException($"'{destination}' already exists; it is never overwritten");
            }

            if (Rename(source, destination) == 0)
            {
                return true;
            }

            error = Marshal.GetLastPInvokeError();
            if (error == EXDev)
            {
                return false;
            }
        }

        throw new IOException($"cannot move '{source}' to '{destination}': {Marshal.GetPInvokeErrorMessage(error)}");
    }

    [LibraryImport("libc", EntryPoint = "link", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Link(string oldPath, string newPath);

    [LibraryImport("libc", EntryPoint = "rename", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Rename(string oldPath, string newPath);
}
