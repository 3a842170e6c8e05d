namespace RomCurator.Core.Archives;

/// <summary>A member as the archive describes it, with a way to open its content (valid until the next entry).</summary>
public sealed record ArchiveEntry(
    string Path,
    long DeclaredSize,
    long CompressedSize,
    DateTime? LastModified,
    bool IsDirectory,
    Func<Stream> Open);
