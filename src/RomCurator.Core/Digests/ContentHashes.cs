namespace RomCurator.Core.Digests;

/// <summary>
/// What one read of some content yields: its size and digests (MD5/CRC32 are absent above the size limit) and,
/// for dumps with a copier/format header, the same digests of the data after the header.
/// </summary>
public sealed record ContentHashes(long Size, HashValue Sha1, HashValue? Md5, HashValue? Crc32)
{
    /// <summary>The header's kind ("ines", "snes-copier", …) when one was found.</summary>
    public string? HeaderKind { get; init; }

    /// <summary>Digests of the content without its header (null when there is none).</summary>
    public ContentHashes? Headerless { get; init; }
}
