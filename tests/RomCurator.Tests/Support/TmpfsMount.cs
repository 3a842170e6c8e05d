using System.Diagnostics;

namespace RomCurator.Tests.Support;

/// <summary>
/// A tmpfs mounted on a folder inside a library root (created if needed), unmounted when disposed: another file system
/// that is still inside the root, so the organizer's moves into it are copied, synced and verified. (A symbolic link to
/// /dev/shm would lead outside the root, where the organizer never moves anything.) Needs root, as the hostile suite does.
/// </summary>
public sealed class TmpfsMount : IDisposable
{
    public TmpfsMount(string folder)
    {
        Folder = folder;
        Directory.CreateDirectory(folder);
        if (Run("mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", folder) != 0)
        {
            throw new InvalidOperationException($"could not mount a tmpfs on '{folder}' (root is needed to test moves across file systems)");
        }
    }

    public string Folder { get; }

    public void Dispose() => Run("umount", "-l", Folder);

    private static int Run(string tool, params string[] args) => ExternalTool.Run(tool, args);
}
