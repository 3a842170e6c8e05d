namespace RomCurator.Core.Digests;

/// <summary>
/// How to hash: chunk size, and the size above which MD5/CRC32 are skipped (a scan's come from its settings:
/// <c>ScanSettings.HashOptions</c>).
/// </summary>
public sealed record HashOptions(int ChunkSizeBytes, long Md5Crc32SizeLimitBytes)
{
    /// <summary>SHA-1 only, 4 MiB chunks: for checking a copy or identifying a DAT file.</summary>
    public static HashOptions Sha1Only { get; } = new(4 * 1024 * 1024, 0);

    /// <summary>Whether MD5/CRC32 are computed for content of a known size (unknown sizes: yes, until the limit is passed).</summary>
    public bool WantsAll(long? size) => size is null || size <= Md5Crc32SizeLimitBytes;
}
