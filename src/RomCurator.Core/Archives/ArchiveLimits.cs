using RomCurator.Core.Configuration;
using RomCurator.Core.Digests;

namespace RomCurator.Core.Archives;

/// <summary>How deep to follow nested archives, when to spill to disk, and the archive-bomb guards.</summary>
public sealed record ArchiveLimits(
    int MaxDepth,
    long SpillThresholdBytes,
    long MaxTotalExpandedBytes,
    int MaxMemberCount,
    double MaxCompressionRatio,
    string TempPath,
    HashOptions HashOptions)
{
    /// <summary>The compression-ratio guard only applies once a member has expanded past this many bytes.</summary>
    public const long RatioGuardFloorBytes = 1024 * 1024;

    /// <summary>
    /// Deflated zip members are inflated by native zlib (see <see cref="NativeInflateProvider"/>); off, SharpCompress
    /// inflates every member (for tests that compare the two on intact data).
    /// </summary>
    public bool NativeInflate { get; init; } = true;

    public static ArchiveLimits From(ArchiveSettings archives, ScanSettings scan, string tempPath) => new(
        archives.MaxDepth,
        archives.SpillThresholdBytes,
        archives.MaxTotalExpandedBytes,
        archives.MaxMemberCount,
        archives.MaxCompressionRatio,
        tempPath,
        scan.HashOptions());
}
