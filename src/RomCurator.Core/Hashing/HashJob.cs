using RomCurator.Core.FileSystem;

namespace RomCurator.Core.Hashing;

/// <summary>A staged file (a pending <c>file_discovery</c> row) to hash: its root and the path below it.</summary>
public sealed record HashJob(long DiscoveryId, long RootId, RootedPath Path, long Size, string ModifiedTime, int Depth);
