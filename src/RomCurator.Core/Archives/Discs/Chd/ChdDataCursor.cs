using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace RomCurator.Core.Archives.Discs.Chd;

/// <summary>
/// Reads a CHD's logical data front to back. Worker threads (one per core, up to four) decompress hunks a few ahead
/// of the reader, hunk <c>i</c> by worker <c>i mod n</c>, into a bounded pool of buffers; the reader takes them in
/// order and hashes every byte into the data SHA-1. <see cref="Finish"/> reads what is left and compares the data
/// SHA-1 and the header SHA-1 with the header (uncompressed CHDs record none). Reads must go forward: skipped bytes
/// are still hashed.
/// </summary>
public sealed class ChdDataCursor : IDisposable
{
    private const int Depth = 4;

    private readonly ChdHeader header;
    private readonly IReadOnlyList<ChdMetadataEntry> metadata;
    private readonly BlockingCollection<Hunk>[] ready;
    private readonly BlockingCollection<byte[]> free = new();
    private readonly CancellationTokenSource stop;
    private readonly Task[] workers;
    private readonly IncrementalHash sha1 = IncrementalHash.CreateHash(HashAlgorithmName.SHA1);
    private Hunk? current;
    private long nextHunk;

    /// <param name="readers">One hunk reader per worker (each with its own codecs); they may share the file.</param>
    public ChdDataCursor(IReadOnlyList<ChdHunkReader> readers, ChdHeader header, IReadOnlyList<ChdMetadataEntry> metadata, CancellationToken cancellation)
    {
        this.header = header;
        this.metadata = metadata;
        stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        ready = [.. readers.Select(_ => new BlockingCollection<Hunk>(Depth))];
        for (var i = 0; i < readers.Count * (Depth + 1) + 2; i++)
        {
            free.Add(new byte[header.HunkBytes]);
        }

        workers = [.. readers.Select((reader, index) => Task.Run(() => Produce(reader, index, readers.Count, stop.Token)))];
    }

    /// <summary>How many workers to use: one per core, at most four.</summary>
    public static int WorkerCount => Math.Clamp(Environment.ProcessorCount, 1, 4);

    /// <summary>Copies the logical bytes at <paramref name="offset"/> (never before an earlier read's start) into <paramref name="destination"/>.</summary>
    public void Read(long offset, Span<byte> destination)
    {
        while (destination.Length > 0)
        {
            var hunk = offset / header.HunkBytes;
            var hunkData = Advance(hunk);
            var inHunk = (int)(offset - hunk * header.HunkBytes);
            var take = Math.Min(destination.Length, header.HunkBytes - inHunk);
            hunkData.AsSpan(inHunk, take).CopyTo(destination);
            destination = destination[take..];
            offset += take;
        }
    }

    /// <summary>Reads every remaining hunk; throws when the data or header SHA-1 does not match the header.</summary>
    public void Finish()
    {
        while (nextHunk < header.HunkCount)
        {
            Next();
        }

        // An uncompressed CHD records no SHA-1 (all zeros): there is nothing to check it against.
        var rawSha1 = sha1.GetHashAndReset();
        if (header.RawSha1.AsSpan().ContainsAnyExcept((byte)0) && !rawSha1.AsSpan().SequenceEqual(header.RawSha1))
        {
            throw new InvalidDataException($"damaged: the data's SHA-1 {Convert.ToHexStringLower(rawSha1)} is not the {Convert.ToHexStringLower(header.RawSha1)} the header records");
        }

        if (header.Sha1.AsSpan().ContainsAnyExcept((byte)0) && !ChdMetadataChain.OverallSha1(rawSha1, metadata).AsSpan().SequenceEqual(header.Sha1))
        {
            throw new InvalidDataException("damaged: the SHA-1 of data and metadata is not the one the header records");
        }
    }

    private byte[] Advance(long hunk)
    {
        while (current is null || current.Index < hunk)
        {
            if (nextHunk >= header.HunkCount)
            {
                throw new InvalidDataException("damaged: read past the end of the CHD data");
            }

            Next();
        }

        return current.Data!;
    }

    private void Next()
    {
        if (current?.Data is { } used)
        {
            free.Add(used);
            current = null;
        }

        var hunk = ready[nextHunk % ready.Length].Take(stop.Token);
        if (hunk.Error is { } error)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(error);
        }

        var valid = (int)Math.Min(header.HunkBytes, header.LogicalBytes - hunk.Index * header.HunkBytes);
        sha1.AppendData(hunk.Data!, 0, valid);
        current = hunk;
        nextHunk++;
    }

    private void Produce(ChdHunkReader reader, int first, int step, CancellationToken token)
    {
        var output = ready[first];
        try
        {
            for (long hunk = first; hunk < header.HunkCount; hunk += step)
            {
                var buffer = free.Take(token);
                reader.Read(hunk, buffer);
                output.Add(new Hunk(hunk, buffer, null), token);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception error)
        {
            try
            {
                output.Add(new Hunk(-1, null, error), token);
            }
            catch (OperationCanceledException)
            {
            }
        }
    }

    public void Dispose()
    {
        stop.Cancel();
        try
        {
            Task.WaitAll(workers);
        }
        catch (AggregateException)
        {
        }

        stop.Dispose();
        foreach (var queue in ready)
        {
            queue.Dispose();
        }

        free.Dispose();
        sha1.Dispose();
    }

    private sealed record Hunk(long Index, byte[]? Data, Exception? Error);
}
