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
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16);
            if (ArchiveSignature.Detect(ArchiveSignature.ReadHeader(stream)) is not { } kind)
            {
                return Failed(ArchiveProblemKind.Unsupported, "not a recognised archive format");
            }

            var session = new EnumerationSession(limits, passwords, cancellation) { MemberStarted = memberStarted };
            session.EnumerateOutermost(stream, kind, Path.GetFileName(path));
            return new ArchiveListing(kind, session.PasswordUsed, session.Members, session.Problems);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // Only opening the file or reading its first bytes gets here: the session records its own failures.
            return Failed(ArchiveProblemKind.Corrupt, $"cannot be opened: {error.Message}");
        }
    }

    private static ArchiveListing Failed(ArchiveProblemKind kind, string message) =>
        new(null, null, [], [new ArchiveProblem(kind, "", message)]);
}
