using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace RomCurator.Core.Archives.Discs.Chd;

/// <summary>
/// Reads a CHD's logical data front to back. Worker threads (one per core, up to four) decompress batches of
/// consecutive hunks (about 1 MiB each) ahead of the reader, batch <c>i</c> by worker <c>i mod n</c>, into a bounded
/// pool of buffers; the reader takes them in order and hashes every byte into the data SHA-1. <see cref="Finish"/>
/// reads what is left and compares the data SHA-1 and the header SHA-1 with the header (uncompressed CHDs record
/// none). Reads must go forward: skipped bytes are still hashed.
/// Batches rather than single hunks: a DVD's hunks are 4 KiB, and handing 65,536 of them one by one between threads
/// cost more than the hashing; and each worker may run several MiB ahead, so a busy machine that leaves the reading
/// thread waiting for a core does not stop the decoding.
/// </summary>
public sealed class ChdDataCursor : IDisposable
{
    /// <summary>Bytes of decoded data per batch (at least one hunk).</summary>
    private const int BatchBytes = 1024 * 1024;

    /// <summary>Batches each worker may have decoded and not yet handed over: peak memory is about (workers × (Ahead + 1) + 2) MiB.</summary>
    private const int Ahead = 6;

    private readonly ChdHeader header;
    private readonly IReadOnlyList<ChdMetadataEntry> metadata;
    private readonly int hunksPerBatch;
    private readonly long batchCount;
    private readonly BlockingCollection<Batch>[] ready;
    private readonly BlockingCollection<byte[]> free = new();
    private readonly CancellationTokenSource stop;
    private readonly Task[] workers;
    private readonly IncrementalHash sha1 = IncrementalHash.CreateHash(HashAlgorithmName.SHA1);
    private Batch? current;
    private long nextBatch;

    /// <param name="readers">One hunk reader per worker (each with its own codecs); they may share the file.</param>
    public ChdDataCursor(IReadOnlyList<ChdHunkReader> readers, ChdHeader header, IReadOnlyList<ChdMetadataEntry> metadata, CancellationToken cancellation)
    {
        this.header = header;
        this.metadata = metadata;
        hunksPerBatch = Math.Max(1, BatchBytes / header.HunkBytes);
        batchCount = (header.HunkCount + hunksPerBatch - 1) / hunksPerBatch;
        stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        ready = [.. readers.Select(_ => new BlockingCollection<Batch>(Ahead))];
        // Never more buffers than batches: a small CHD allocates only what it needs.
        var buffers = Math.Min(readers.Count * (Ahead + 1) + 2, batchCount + readers.Count);
        for (var i = 0; i < buffers; i++)
        {
            free.Add(new byte[(long)hunksPerBatch * header.HunkBytes]);
        }

        workers = [.. readers.Select((reader, index) => Task.Run(() => Produce(reader, index, readers.Count, stop.Token)))];
    }

    /// <summary>How many workers to use: one per core, at most four.</summary>
    public static int WorkerCount => Math.Clamp(Environment.ProcessorCount, 1, 4);

    /// <summary>Copies the logical bytes at <paramref name="offset"/> (never before an earlier read's start) into <paramref name="destination"/>.</summary>
    public void Read(long offset, Span<byte> destination)
    {
        var batchBytes = (long)hunksPerBatch * header.HunkBytes;
        while (destination.Length > 0)
        {
            var batch = offset / batchBytes;
            var data = Advance(batch, offset);
            var inBatch = (int)(offset - batch * batchBytes);
            var take = (int)Math.Min(destination.Length, batchBytes - inBatch);
            data.AsSpan(inBatch, take).CopyTo(destination);
            destination = destination[take..];
            offset += take;
        }
    }

    /// <summary>Reads every remaining batch; throws when a hunk is damaged or the data or header SHA-1 does not match the header.</summary>
    public void Finish()
    {
        while (nextBatch < batchCount)
        {
            Next();
        }

        current?.ThrowIfDamaged();

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

    private byte[] Advance(long batch, long offset)
    {
        while (current is null || current.Index < batch)
        {
            if (nextBatch >= batchCount)
            {
                throw new InvalidDataException("damaged: read past the end of the CHD data");
            }

            Next();
        }

        // A damaged hunk fails the read that reaches it; the hunks decoded before it in its batch are still read.
        if (current.Error is not null && offset / header.HunkBytes >= current.FirstHunk + current.ValidHunks)
        {
            current.ThrowIfDamaged();
        }

        return current.Data!;
    }

    private void Next()
    {
        if (current is not null)
        {
            current.ThrowIfDamaged();
            free.Add(current.Data!);
            current = null;
        }

        var batch = ready[nextBatch % ready.Length].Take(stop.Token);
        var valid = Math.Min((long)batch.ValidHunks * header.HunkBytes, header.LogicalBytes - batch.FirstHunk * header.HunkBytes);
        if (valid > 0)
        {
            sha1.AppendData(batch.Data!, 0, (int)valid);
        }

        current = batch;
        nextBatch++;
    }

    private void Produce(ChdHunkReader reader, int first, int step, CancellationToken token)
    {
        var output = ready[first];
        try
        {
            for (long batch = first; batch < batchCount; batch += step)
            {
                var buffer = free.Take(token);
                var firstHunk = batch * hunksPerBatch;
                var count = (int)Math.Min(hunksPerBatch, header.HunkCount - firstHunk);
                reader.Prefetch(firstHunk, count);
                var done = 0;
                Exception? error = null;
                try
                {
                    for (; done < count; done++)
                    {
                        token.ThrowIfCancellationRequested();
                        reader.Read(firstHunk + done, buffer.AsSpan(done * header.HunkBytes, header.HunkBytes));
                    }
                }
                catch (Exception failure) when (failure is not OperationCanceledException)
                {
                    error = failure;
                }

                output.Add(new Batch(batch, firstHunk, buffer, done, error), token);
                if (error is not null)
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
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

    /// <summary>Hunks <see cref="FirstHunk"/> onwards decoded into <see cref="Data"/>: all of them, or <see cref="ValidHunks"/> and then <see cref="Error"/>.</summary>
    private sealed record Batch(long Index, long FirstHunk, byte[]? Data, int ValidHunks, Exception? Error)
    {
        public void ThrowIfDamaged()
        {
            if (Error is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(Error);
            }
        }
    }
}
