namespace RomCurator.Core.Archives;

/// <summary>
/// A member as the archive describes it, with a way to open its content (valid until the next entry).
/// <see cref="DeclaredCrc"/> is the CRC32 the archive stores for it (zip, 7z, rar), null where there is none (tar).
/// </summary>
public sealed record ArchiveEntry(
    string Path,
    long DeclaredSize,
    long CompressedSize,
    DateTime? LastModified,
    bool IsDirectory,
    uint? DeclaredCrc,
    Func<Stream> Open)
{
    /// <summary>
    /// The member is a deflated zip member inflated by native zlib: invalid deflate data is its own problem (zlib
    /// stops at the first error, deterministically), and the archive's next member is read as usual.
    /// </summary>
    public bool InflatedByZlib { get; init; }

    /// <summary>
    /// The member's name is not in the archive's bytes but made from the container's file name (a gz without a
    /// stored name, a bz2, an xz): copies of one such file under different names hold the same member.
    /// </summary>
    public bool NamedAfterContainer { get; init; }

    /// <summary>A 7z or rar CRC32: 0 stands for "none recorded".</summary>
    public static uint? CrcOf(long crc) => crc == 0 ? null : (uint)crc;
}
