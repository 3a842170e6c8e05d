namespace RomCurator.Core.Hashing;

/// <summary>A staged file (a pending <c>file_discovery</c> row) to hash.</summary>
public sealed record HashJob(long DiscoveryId, long RootId, string AbsolutePath, string RelativePath, long Size, string ModifiedTime, int Depth);
