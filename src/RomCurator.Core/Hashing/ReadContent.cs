using RomCurator.Core.Classification;
using RomCurator.Core.Digests;

namespace RomCurator.Core.Hashing;

/// <summary>What one read of a staged file gave: its classification, digests (read or cached) and header metadata.</summary>
internal sealed record ReadContent(
    FileClassification Classification,
    ContentHashes Hashes,
    IReadOnlyDictionary<string, string> Metadata,
    bool FromCache,
    string? MetadataFault);
