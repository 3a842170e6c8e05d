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
    /// Opens the content again with the reference decoder when <see cref="Open"/> uses a faster one (a deflated zip
    /// member inflated by native zlib); null when <see cref="Open"/> already is the reference. A read through
    /// <see cref="Open"/> that fails, or does not match the declared size and CRC32, is read again through this, so
    /// the member's outcome is exactly the reference decoder's.
    /// </summary>
    public Func<Stream>? OpenReference { get; init; }

    public static uint? CrcOf(long crc) => crc == 0 ? null : (uint)crc;
}
