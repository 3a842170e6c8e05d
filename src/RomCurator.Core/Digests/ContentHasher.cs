using System.Buffers;

namespace RomCurator.Core.Digests;

/// <summary>
/// Hashes a stream in one pass: each chunk feeds SHA-1, MD5 and CRC32. Reading the next chunk overlaps with
/// hashing the current one, and SHA-1 runs beside MD5+CRC32, so a single large file uses two cores.
/// An optional <c>tee</c> receives every byte (used to spill nested archives while hashing them). Dumps with a
/// copier/format header (<see cref="CopierHeader"/>) also get the digests of the data after the header, same read.
/// </summary>
public static class ContentHasher
{
    /// <summary>Dumps with copier headers are small (cartridges); larger content is never checked for one.</summary>
    internal const long MaxHeaderedSize = 64L * 1024 * 1024;

    private const int InlineChunkBytes = 1024 * 1024;

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
        using var digests = new DigestSet(options.WantsAll(knownSize));
        DigestSet? headerless = null;
        string? headerKind = null;
        var current = ArrayPool<byte>.Shared.Rent(chunkSize);
        var next = ArrayPool<byte>.Shared.Rent(chunkSize);
        try
        {
            var length = ReadChunk(source, current, chunkSize);
            if (knownSize is { } size and <= MaxHeaderedSize && CopierHeader.Detect(current.AsSpan(0, length), size) is { } header
                && header.Length < length)
            {
                headerKind = header.Kind;
                headerless = new DigestSet(true);
                headerless.Append(current, header.Length, length - header.Length);
            }

            while (length > 0)
            {
                cancellation.ThrowIfCancellationRequested();
                if (digests.WithMd5AndCrc && digests.Total + length > options.Md5Crc32SizeLimitBytes)
                {
                    digests.DropMd5AndCrc();
                }

                var chunk = current;
                var chunkLength = length;
                // Big chunks are hashed on another thread while the next one is read; small ones inline.
                var hashing = chunkLength >= InlineChunkBytes ? Task.Run(() => digests.Append(chunk, 0, chunkLength)) : null;
                if (hashing is null)
                {
                    digests.Append(chunk, 0, chunkLength);
                }

                tee?.Write(chunk, 0, chunkLength);
                length = ReadChunk(source, next, chunkSize);
                if (headerless is not null && length > 0)
                {
                    headerless.Append(next, 0, length);
                }

                hashing?.GetAwaiter().GetResult();
                (current, next) = (next, current);
            }

            var result = digests.Result();
            return headerless is null ? result : result with { HeaderKind = headerKind, Headerless = headerless.Result() };
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(current);
            ArrayPool<byte>.Shared.Return(next);
            headerless?.Dispose();
        }
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
