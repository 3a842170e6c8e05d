using RomCurator.Core.Discovery;

namespace RomCurator.Core.Hashing;

/// <summary>
/// Tells whether a file changed between discovery (which recorded its size and modification time) and the read
/// that hashed it — a download still being written, a file replaced meanwhile. Its digests would then belong to
/// neither version, so it is not recorded this time; the next scan sees the new size or time and reads it again.
/// </summary>
public static class FileChangeCheck
{
    /// <summary>Null when the file is as discovery saw it, else why its digests cannot be trusted.</summary>
    public static string? Describe(HashJob job, FileStream stream, long bytesRead) =>
        Describe(job, stream.Length, File.GetLastWriteTimeUtc(stream.SafeFileHandle), bytesRead);

    /// <summary>The same, from the size and modification time the open file had after the read.</summary>
    public static string? Describe(HashJob job, long length, DateTime modifiedUtc, long bytesRead)
    {
        var modified = DiscoveryStager.FormatTime(modifiedUtc);
        if (bytesRead == job.Size && length == job.Size && modified == job.ModifiedTime)
        {
            return null;
        }

        var what = length != job.Size || bytesRead != job.Size
            ? $"{job.Size:N0} bytes when found, {Math.Max(length, bytesRead):N0} when read"
            : "modified after it was found";
        return $"changed while being scanned ({what}); not recorded this time, the next scan reads it again";
    }
}
