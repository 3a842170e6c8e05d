using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace RomCurator.Core.Discs.Chd;

/// <summary>
/// Reads a CHD's logical data front to back. A worker thread decompresses hunks in order (a few ahead, bounded
/// buffers) and hashes every byte into the data SHA-1; <see cref="Finish"/> reads what is left and compares the
/// data SHA-1 and the header SHA-1 with the header (uncompressed CHDs record none). Reads must go forward: skipped bytes are still hashed.
/// </summary>
public sealed class ChdDataCursor : IDisposable
{
    private const int Depth = 4;

    private readonly ChdHeader header;
    private readonly BlockingCollection<Hunk> ready = new(Depth);
    private readonly BlockingCollection<byte[]> free = new();
    private readonly CancellationTokenSource stop;
    private readonly Task worker;
    private Hunk? current;
    private bool finished;

    public ChdDataCursor(ChdHunkReader reader, ChdHeader header, IReadOnlyList<ChdMetadataEntry> metadata, CancellationToken cancellation)
    {
        this.header = header;
        stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        for (var i = 0; i < Depth + 2; i++)
        {
            free.Add(new byte[header.HunkBytes]);
        }

        worker = Task.Run(() => Produce(reader, metadata, stop.Token));
    }

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
        while (!finished)
        {
            Next();
        }
    }

    private byte[] Advance(long hunk)
    {
        while (current is null || current.Index < hunk)
        {
            if (finished)
            {
                throw new InvalidDataException("damaged: read past the end of the CHD data");
            }

            Next();
        }

        return current!.Data!;
    }

    private void Next()
    {
        if (current?.Data is { } used)
        {
            free.Add(used);
        }

        current = ready.Take(stop.Token);
        if (current.Error is { } error)
        {
            finished = true;
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(error);
        }

        if (current.Data is null)
        {
            finished = true;
        }
    }

    private void Produce(ChdHunkReader reader, IReadOnlyList<ChdMetadataEntry> metadata, CancellationToken token)
    {
        try
        {
            using var sha1 = IncrementalHash.CreateHash(HashAlgorithmName.SHA1);
            var remaining = header.LogicalBytes;
            for (long hunk = 0; hunk < header.HunkCount; hunk++)
            {
                var buffer = free.Take(token);
                reader.Read(hunk, buffer);
                sha1.AppendData(buffer, 0, (int)Math.Min(remaining, header.HunkBytes));
                remaining -= header.HunkBytes;
                ready.Add(new Hunk(hunk, buffer, null), token);
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

            ready.Add(new Hunk(header.HunkCount, null, null), token);
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception error)
        {
            try
            {
                ready.Add(new Hunk(-1, null, error), token);
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
            worker.Wait();
        }
        catch (AggregateException)
        {
        }

        stop.Dispose();
        ready.Dispose();
        free.Dispose();
    }

    private sealed record Hunk(long Index, byte[]? Data, Exception? Error);
}
