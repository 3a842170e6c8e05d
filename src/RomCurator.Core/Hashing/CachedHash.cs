using RomCurator.Core.Digests;

namespace RomCurator.Core.Hashing;

/// <summary>A hash cache entry: which file (path, modification time) had which digests.</summary>
public sealed record CachedHash(string Path, string ModifiedTime, ContentHashes Hashes);
