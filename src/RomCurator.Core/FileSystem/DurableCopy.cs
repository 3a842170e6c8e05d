using RomCurator.Core.Diagnostics;
using RomCurator.Core.Digests;

namespace RomCurator.Core.FileSystem;

/// <summary>
/// Copies a file to another file system the safe way: into a ".romcurator-partial" file beside the destination,
/// flushed to disk, its SHA-1 checked against the expected content, then renamed into place (never replacing).
/// The source is left alone; the caller deletes it only after this returns.
/// </summary>
public static class DurableCopy
{
    public const string PartialSuffix = ".romcurator-partial";

    public static void Copy(string source, string destination, string expectedSha1, CancellationToken cancellation)
    {
        var partial = destination + PartialSuffix;
        try
        {
            using (var input = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.SequentialScan))
            using (var output = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20))
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
            }

            CrashPoint.Hit("copy.partial");

            var copied = ContentHasher.HashFile(partial, HashOptions.Sha1Only, cancellation).Sha1.ToHex();
            if (copied != expectedSha1)
            {
                throw new IOException($"the copy at '{destination}' does not match the original (SHA-1 {copied}, expected {expectedSha1}); the original is kept");
            }

            if (!SafeMove.TryRename(partial, destination))
            {
                throw new IOException($"could not put the verified copy in place at '{destination}'");
            }
        }
        finally
        {
            if (File.Exists(partial))
            {
                File.Delete(partial);
            }
        }
    }
}
