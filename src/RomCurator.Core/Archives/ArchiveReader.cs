namespace RomCurator.Core.Archives;

/// <summary>
/// Enumerates an archive file member by member without extracting anything to the library: every member is
/// streamed through the hasher; nested archives are buffered (memory, or a temp file past the spill threshold)
/// and enumerated in turn up to the depth limit. Problems are recorded, never thrown (except cancellation).
/// </summary>
public static class ArchiveReader
{
    public static ArchiveListing Enumerate(string path, ArchiveLimits limits, PasswordDictionary passwords, CancellationToken cancellation)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16);
        var kind = ArchiveSignature.Detect(ArchiveSignature.ReadHeader(stream));
        stream.Position = 0;
        if (kind is not { } archiveKind)
        {
            return new ArchiveListing(ArchiveKind.Zip, null, [],
                [new ArchiveProblem(ArchiveProblemKind.Unsupported, "", "not a recognised archive format")]);
        }

        var session = new EnumerationSession(limits, passwords, cancellation);
        session.EnumerateOutermost(stream, archiveKind, Path.GetFileName(path));
        return new ArchiveListing(archiveKind, session.PasswordUsed, session.Members, session.Problems);
    }
}
