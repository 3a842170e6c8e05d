using RomCurator.Core.FileSystem;

namespace RomCurator.Core.Archives;

/// <summary>
/// Enumerates an archive file member by member without extracting anything to the library: every member is
/// streamed through the hasher; nested archives are buffered (memory, or a temp file past the spill threshold)
/// and enumerated in turn up to the depth limit. Problems are recorded, never thrown (except cancellation).
/// </summary>
public static class ArchiveReader
{
    /// <param name="memberStarted">told each member's path as its reading starts (progress), or null</param>
    public static ArchiveListing Enumerate(string path, ArchiveLimits limits, PasswordDictionary passwords, CancellationToken cancellation,
        Action<string>? memberStarted = null)
    {
        FileStream stream;
        try
        {
            // Checked: a FIFO or device at the path is refused, never opened.
            stream = CheckedFile.OpenRegular(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return Failed(ArchiveProblemKind.Corrupt, $"cannot be opened: {error.Message}");
        }

        using (stream)
        {
            return Enumerate(stream, Path.GetFileName(path), limits, passwords, cancellation, memberStarted);
        }
    }

    /// <summary>
    /// Enumerates the archive in <paramref name="stream"/> (seekable; the caller's, left open): the very file the
    /// caller opened, checked and hashed, never the path again (a file swapped in since would be another file).
    /// </summary>
    /// <param name="containerName">the archive's file name (a gz member is named after it)</param>
    /// <param name="memberStarted">told each member's path as its reading starts (progress), or null</param>
    public static ArchiveListing Enumerate(Stream stream, string containerName, ArchiveLimits limits, PasswordDictionary passwords,
        CancellationToken cancellation, Action<string>? memberStarted = null)
    {
        try
        {
            stream.Position = 0;
            if (ArchiveSignature.Detect(ArchiveSignature.ReadHeader(stream)) is not { } kind)
            {
                return Failed(ArchiveProblemKind.Unsupported, "not a recognised archive format");
            }

            var session = new EnumerationSession(limits, passwords, cancellation) { MemberStarted = memberStarted };
            session.EnumerateOutermost(stream, kind, containerName);
            return new ArchiveListing(kind, session.PasswordUsed, session.Members, session.Problems);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // Only reading the first bytes gets here: the session records its own failures.
            return Failed(ArchiveProblemKind.Corrupt, $"cannot be opened: {error.Message}");
        }
    }

    private static ArchiveListing Failed(ArchiveProblemKind kind, string message) =>
        new(null, null, [], [new ArchiveProblem(kind, "", message)]);
}
