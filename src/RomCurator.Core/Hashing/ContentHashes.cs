namespace RomCurator.Core.Hashing;

/// <summary>What one read of some content yields: its size and digests. MD5/CRC32 are absent above the size limit.</summary>
public sealed record ContentHashes(long Size, HashValue Sha1, HashValue? Md5, HashValue? Crc32);
