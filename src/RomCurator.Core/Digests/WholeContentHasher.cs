using System.IO.Hashing;
using System.Security.Cryptography;

namespace RomCurator.Core.Digests;

/// <summary>
/// Hashes content that is already in memory in one go (a small file read whole), with SHA-1 and MD5 contexts
/// created once and reset after each use: one per hashing worker, never shared between threads. Gives exactly
/// what <see cref="ContentHasher"/> gives for the same bytes (size limit for MD5/CRC32, copier headers).
/// </summary>
public sealed class WholeContentHasher : IDisposable
{
    private readonly IncrementalHash sha1 = IncrementalHash.CreateHash(HashAlgorithmName.SHA1);
    private readonly IncrementalHash md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);

    /// <param name="knownSize">the file's size when opened (decides MD5/CRC32 and whether a copier header is looked for)</param>
    public ContentHashes Hash(ReadOnlySpan<byte> content, HashOptions options, long knownSize)
    {
        var withMd5AndCrc = options.WantsAll(knownSize) && content.Length <= options.Md5Crc32SizeLimitBytes;
        var result = Digests(content, withMd5AndCrc);
        if (knownSize <= ContentHasher.MaxHeaderedSize && CopierHeader.Detect(content, knownSize) is { } header && header.Length < content.Length)
        {
            return result with { HeaderKind = header.Kind, Headerless = Digests(content[header.Length..], true) };
        }

        return result;
    }

    private ContentHashes Digests(ReadOnlySpan<byte> content, bool withMd5AndCrc)
    {
        sha1.AppendData(content);
        var sha1Value = new HashValue(sha1.GetHashAndReset());
        if (!withMd5AndCrc)
        {
            return new ContentHashes(content.Length, sha1Value, null, null);
        }

        md5.AppendData(content);
        return new ContentHashes(content.Length, sha1Value, new HashValue(md5.GetHashAndReset()), HashValue.FromCrc32(Crc32.HashToUInt32(content)));
    }

    public void Dispose()
    {
        sha1.Dispose();
        md5.Dispose();
    }
}
