using System.Runtime.InteropServices;

namespace RomCurator.Core.FileSystem;

/// <summary>
/// A folder something is written into, held open (<c>open(O_PATH|O_DIRECTORY|O_NOFOLLOW)</c>) and checked once to be a
/// real folder inside its root; the names in it are then reached through <c>/proc/self/fd/N/name</c>, which leads into
/// that very folder whatever its path leads to by then. So a folder on the way swapped for a link out of the root after
/// the check redirects nothing: no file is created, renamed or removed outside the root. Without /proc (or off Linux)
/// the names are its plain paths, as before.
/// </summary>
public sealed class CheckedFolder : IDisposable
{
    private readonly int descriptor;
    private readonly string reached;

    private CheckedFolder(string folder, int descriptor, string reached)
    {
        Folder = folder;
        this.descriptor = descriptor;
        this.reached = reached;
    }

    /// <summary>The folder's path as the caller gave it (what messages show).</summary>
    public string Folder { get; }

    /// <summary>
    /// Holds <paramref name="folder"/> open; throws an <see cref="IOException"/> when it cannot be reached, is a link, or
    /// really lies outside <paramref name="rootReal"/> (a folder on its way is a link out of the root).
    /// </summary>
    public static CheckedFolder Open(string folder, string? rootReal)
    {
        if (LinuxAbi.Current is not { } abi)
        {
            return new CheckedFolder(folder, -1, folder);
        }

        var descriptor = CheckedOpen.ByName(folder, LinuxAbi.PathOnlyFlag | abi.DirectoryFlag | abi.NoFollowFlag | CheckedOpen.CloseOnExec);
        if (descriptor < 0)
        {
            throw new IOException($"the folder '{folder}' cannot be opened ({Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())}); nothing was written");
        }

        if (DescriptorPath.OutsideRoot(descriptor, rootReal) is { } outside)
        {
            CheckedOpen.Close(descriptor);
            throw new IOException($"the folder '{folder}' leads outside its root (to '{outside}'); nothing was written there");
        }

        // No /proc: the descriptor's link cannot be reached, the plain path is used.
        var reached = DescriptorPath.Of(descriptor) is null ? folder : $"/proc/self/fd/{descriptor}";
        return new CheckedFolder(folder, descriptor, reached);
    }

    /// <summary>The path that reaches <paramref name="name"/> in this very folder.</summary>
    public string PathOf(string name) => reached + "/" + name;

    /// <summary><paramref name="message"/> with the descriptor's paths shown as the folder's own path.</summary>
    public string Shown(string message) =>
        ReferenceEquals(reached, Folder) ? message : message.Replace(reached + "/", Folder + "/", StringComparison.Ordinal);

    public void Dispose()
    {
        if (descriptor >= 0)
        {
            CheckedOpen.Close(descriptor);
        }
    }
}
