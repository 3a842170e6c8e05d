using RomCurator.Core.Digests;

namespace RomCurator.Core.Archives;

/// <summary>
/// One member of an archive, hashed while streamed. <see cref="ParentPath"/> is "" for members of the archive
/// itself and the full path of the nested archive otherwise (e.g. "disc1.zip" or "a/b.zip/c.7z").
/// <see cref="CompressedSize"/> is what the archive records for the member: 0 for 7z members (SharpCompress
/// reports none) and -1 for members of a tar inside gz/bz2/xz; <see cref="CompressionRatio"/> is null then.
/// </summary>
public sealed record ArchiveMemberInfo(
    string PathInArchive,
    string ParentPath,
    int Depth,
    long CompressedSize,
    long UncompressedSize,
    double? CompressionRatio,
    DateTime? LastModified,
    ContentHashes Hashes,
    bool IsArchive,
    int SortOrder)
{
    /// <summary>What the member's header says (cartridge or disc metadata), keyed "system.field".</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();

    /// <summary>The name comes from the container's file name, not from its bytes (see <see cref="ArchiveEntry.NamedAfterContainer"/>).</summary>
    public bool NamedAfterContainer { get; init; }

    /// <summary>The member's path from the outermost archive, nested archives joined by '/'.</summary>
    public string FullPath => ParentPath.Length == 0 ? PathInArchive : ParentPath + "/" + PathInArchive;
}
