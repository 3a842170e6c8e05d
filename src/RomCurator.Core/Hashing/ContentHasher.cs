using System.Buffers;
using System.IO.Hashing;
using System.Security.Cryptography;

namespace RomCurator.Core.Hashing;

/// <summary>
/// Hashes a stream in one pass: each chunk feeds SHA-1, MD5 and CRC32. Reading the next chunk overlaps with
/// hashing the current one, and SHA-1 runs beside MD5+CRC32, so a single large file uses two cores.
/// An optional <c>tee</c> receives every byte (used to spill nested archives while hashing them).
/// </summary>
public static class ContentHasher
{
    /// <summary>Chunks this small are hashed inline; threads only pay off on bigger chunks.</summary>
    private const int ParallelThreshold = 1024 * 1024;

    /// <summary>Streams larger than this (or of unknown size) are "large".</summary>
    private const long LargeStreamBytes = 8L * 1024 * 1024;

    /// <summary>
    /// One large stream at a time: it already keeps both cores busy (read ahead + SHA-1 beside MD5/CRC32), and
    /// its two chunk buffers are the biggest allocations of a scan, so this bounds peak memory. Small files are
    /// hashed by every worker at once.
    /// </summary>
    private static readonly SemaphoreSlim LargeStreamGate = new(1, 1);

    public static ContentHashes Hash(Stream source, HashOptions options, long? knownSize = null,
        Stream? tee = null, CancellationToken cancellation = default)
    {
        if (knownSize is { } size && size <= LargeStreamBytes)
        {
            return HashStream(source, options, knownSize, tee, cancellation);
        }

        LargeStreamGate.Wait(cancellation);
        try
        {
            return HashStream(source, options, knownSize, tee, cancellation);
        }
        finally
        {
            LargeStreamGate.Release();
        }
    }

    private static ContentHashes HashStream(Stream source, HashOptions options, long? knownSize, Stream? tee, CancellationToken cancellation)
    {
        var chunkSize = (int)Math.Min(options.ChunkSizeBytes, Math.Max(64 * 1024, knownSize ?? options.ChunkSizeBytes));
        var wantAll = options.WantsAll(knownSize);
        using var sha1 = IncrementalHash.CreateHash(HashAlgorithmName.SHA1);
        using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        var crc = new Crc32();
        var current = ArrayPool<byte>.Shared.Rent(chunkSize);
        var next = ArrayPool<byte>.Shared.Rent(chunkSize);
        long total = 0;
        try
        {
            var length = ReadChunk(source, current, chunkSize);
            while (length > 0)
            {
                cancellation.ThrowIfCancellationRequested();
                total += length;
                if (wantAll && total > options.Md5Crc32SizeLimitBytes)
                {
                    wantAll = false;
                }

                var chunk = current;
                var chunkLength = length;
                var hashAll = wantAll;
                Task? hashing = null;
                if (chunkLength >= ParallelThreshold)
                {
                    hashing = Task.Run(() => HashChunk(chunk, chunkLength, sha1, md5, crc, hashAll));
                }
                else
                {
                    HashChunk(chunk, chunkLength, sha1, md5, crc, hashAll);
                }

                tee?.Write(chunk, 0, chunkLength);
                length = ReadChunk(source, next, chunkSize);
                hashing?.GetAwaiter().GetResult();
                (current, next) = (next, current);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(current);
            ArrayPool<byte>.Shared.Return(next);
        }

        return new ContentHashes(
            total,
            new HashValue(sha1.GetHashAndReset()),
            wantAll ? new HashValue(md5.GetHashAndReset()) : null,
            wantAll ? HashValue.FromCrc32(crc.GetCurrentHashAsUInt32()) : null);
    }

    /// <summary>Hashes a file from disk, sequential read hint on.</summary>
    public static ContentHashes HashFile(string path, HashOptions options, CancellationToken cancellation = default)
    {
        using var stream = OpenForHashing(path);
        return Hash(stream, options, stream.Length, cancellation: cancellation);
    }

    /// <summary>Opens a file for one sequential read (shared, so other programs are never blocked).</summary>
    public static FileStream OpenForHashing(string path) => new(path, new FileStreamOptions
    {
        Mode = FileMode.Open,
        Access = FileAccess.Read,
        Share = FileShare.ReadWrite | FileShare.Delete,
        Options = FileOptions.SequentialScan,
        BufferSize = 0,
    });

    private static void HashChunk(byte[] chunk, int length, IncrementalHash sha1, IncrementalHash md5, Crc32 crc, bool hashAll)
    {
        if (!hashAll)
        {
            sha1.AppendData(chunk, 0, length);
            return;
        }

        if (length < ParallelThreshold)
        {
            sha1.AppendData(chunk, 0, length);
            md5.AppendData(chunk, 0, length);
            crc.Append(chunk.AsSpan(0, length));
            return;
        }

        // SHA-1 on one core, MD5 + CRC32 (CRC32 is vectorized and cheap) on the other.
        var sha1Task = Task.Run(() => sha1.AppendData(chunk, 0, length));
        md5.AppendData(chunk, 0, length);
        crc.Append(chunk.AsSpan(0, length));
        sha1Task.GetAwaiter().GetResult();
    }

    private static int ReadChunk(Stream source, byte[] buffer, int chunkSize)
    {
        var filled = 0;
        while (filled < chunkSize)
        {
            var read = source.Read(buffer, filled, chunkSize - filled);
            if (read == 0)
            {
                break;
            }

            filled += read;
        }

        return filled;
    }
}
