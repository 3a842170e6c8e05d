using System.IO.Hashing;
using System.Security.Cryptography;

namespace RomCurator.Core.Digests;

/// <summary>SHA-1, MD5 and CRC32 fed together from the same chunks; MD5/CRC32 can be dropped past a size limit.</summary>
public sealed class DigestSet : IDisposable
{
    /// <summary>Chunks this small are hashed inline; threads only pay off on bigger chunks.</summary>
    private const int ParallelThreshold = 1024 * 1024;

    private readonly IncrementalHash sha1 = IncrementalHash.CreateHash(HashAlgorithmName.SHA1);
    private readonly IncrementalHash md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
    private readonly Crc32 crc = new();
    private long total;

    public DigestSet(bool withMd5AndCrc) => WithMd5AndCrc = withMd5AndCrc;

    public bool WithMd5AndCrc { get; private set; }

    /// <summary>Stops MD5/CRC32 (the content turned out larger than the limit).</summary>
    public void DropMd5AndCrc() => WithMd5AndCrc = false;

    public long Total => total;

    public void Append(byte[] chunk, int offset, int length)
    {
        total += length;
        if (!WithMd5AndCrc)
        {
            sha1.AppendData(chunk, offset, length);
            return;
        }

        if (length < ParallelThreshold)
        {
            sha1.AppendData(chunk, offset, length);
            md5.AppendData(chunk, offset, length);
            crc.Append(chunk.AsSpan(offset, length));
            return;
        }

        // MD5 (the slowest, about 2.5x SHA-1 with SHA instructions) alone on one core; SHA-1 + CRC32 (vectorized,
        // cheap) on the other, so a chunk takes as long as its MD5.
        var sha1Task = Task.Run(() =>
        {
            sha1.AppendData(chunk, offset, length);
            crc.Append(chunk.AsSpan(offset, length));
        });
        md5.AppendData(chunk, offset, length);
        sha1Task.GetAwaiter().GetResult();
    }

    public ContentHashes Result() => new(
        total,
        new HashValue(sha1.GetHashAndReset()),
        WithMd5AndCrc ? new HashValue(md5.GetHashAndReset()) : null,
        WithMd5AndCrc ? HashValue.FromCrc32(crc.GetCurrentHashAsUInt32()) : null);

    public void Dispose()
    {
        sha1.Dispose();
        md5.Dispose();
    }
}
