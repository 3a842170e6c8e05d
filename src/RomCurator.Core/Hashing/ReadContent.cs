using RomCurator.Core.Classification;
using RomCurator.Core.Digests;

namespace RomCurator.Core.Hashing;

/// <summary>
/// What one read of a staged file gave: its classification, digests (read or cached) and header metadata; for an
/// archive, <see cref="Archive"/>: the bytes just hashed (the small-file buffer) or the still open descriptor they were
/// read from, so the members are enumerated from the very file that was checked and hashed, never from its path again.
/// </summary>
internal sealed record ReadContent(
    FileClassification Classification,
    ContentHashes Hashes,
    IReadOnlyDictionary<string, string> Metadata,
    bool FromCache,
    string? MetadataFault)
{
    /// <summary>The archive's content to enumerate (seekable; owned by this read), or null.</summary>
    public Stream? Archive { get; init; }
}
