using RomCurator.Core.Diagnostics;
using RomCurator.Core.Digests;

namespace RomCurator.Core.FileSystem;

/// <summary>
/// Copies a file to another file system the safe way: into a ".romcurator-partial" file beside the destination,
/// flushed to disk, its SHA-1 checked against the expected content, then renamed into place (never replacing).
/// The source is left alone; the caller deletes it only after this returns. Both ends are checked: the source is
/// opened the checked way (<see cref="CheckedFile"/>: a link is refused, never followed; a FIFO or device that took its
/// name is refused, never opened; a file that really lies outside the root is refused), and the destination's folder is
/// held open and checked inside the root (<see cref="CheckedFolder"/>), so a folder swapped for a link cannot redirect
/// the copy out of the root.
/// </summary>
public static class DurableCopy
{
    public const string PartialSuffix = ".romcurator-partial";

    /// <param name="rootReal">the real path of the root both files belong to, or null where none is checked</param>
    public static void Copy(string source, string destination, string expectedSha1, string? rootReal, CancellationToken cancellation)
    {
        using var folder = CheckedFolder.Open(Path.GetDirectoryName(destination)!, rootReal);
        var name = Path.GetFileName(destination);
        var partial = folder.PathOf(name + PartialSuffix);
        try
        {
            CopyChecked(source, destination, folder, partial, expectedSha1, rootReal, cancellation);
        }
        catch (IOException error) when (folder.Shown(error.Message) != error.Message)
        {
            throw new IOException(folder.Shown(error.Message), error);
        }
        finally
        {
            if (File.Exists(partial))
            {
                File.Delete(partial);
            }
        }
    }

    private static void CopyChecked(string source, string destination, CheckedFolder folder, string partial, string expectedSha1, string? rootReal,
        CancellationToken cancellation)
    {
        string copied;
        using (var input = OpenSource(source, rootReal))
        using (var output = new FileStream(partial, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 20))
        {
            // In chunks, so a cancelled run stops within one chunk, not at the end of a multi-gigabyte copy.
            var buffer = new byte[1 << 20];
            int read;
            while ((read = input.Read(buffer)) > 0)
            {
                cancellation.ThrowIfCancellationRequested();
                output.Write(buffer, 0, read);
            }

            output.Flush(flushToDisk: true);
            CrashPoint.Hit("copy.partial");

            // Read back through the descriptor written: the very file created, whatever its name leads to by now.
            output.Position = 0;
            copied = ContentHasher.Hash(output, HashOptions.Sha1Only, output.Length, cancellation: cancellation).Sha1.ToHex();
        }

        if (copied != expectedSha1)
        {
            throw new IOException($"the copy at '{destination}' does not match the original (SHA-1 {copied}, expected {expectedSha1}); the original is kept");
        }

        if (!SafeMove.TryRename(partial, folder.PathOf(Path.GetFileName(destination))))
        {
            throw new IOException($"could not put the verified copy in place at '{destination}'");
        }
    }

    /// <summary>
    /// The source opened for reading, only when it is still a regular file of the root (not a link, FIFO or device that
    /// took its name since the plan); otherwise an <see cref="IOException"/> that says why, and nothing opened.
    /// </summary>
    private static FileStream OpenSource(string source, string? rootReal)
    {
        using var looked = CheckedFile.Look(source, followLink: false);
        if (looked is null)
        {
            // Not Linux x64/arm64: the portable open, as before.
            return new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.SequentialScan);
        }

        if (looked.IsLink)
        {
            throw new IOException($"'{source}' is a symbolic link now; it is never followed, and the link is left in place");
        }

        if (!looked.IsRegular)
        {
            throw new IOException($"'{source}' is not a regular file any more (a FIFO, device or socket took its name); it is never opened, and left in place");
        }

        if (looked.OutsideRoot(rootReal) is { } outside)
        {
            throw new IOException($"'{source}' leads outside its root now (to '{outside}'); it is left in place");
        }

        return looked.OpenForReading();
    }
}
