using System.Threading.Channels;
using RomCurator.Core.Ingestion.Writing;

namespace RomCurator.Core.Ingestion.Hashing;

/// <summary>
/// Phase two of a scan: pending files flow from a reader thread to hashing workers and from them to the single
/// database writer, through bounded channels, so disk reads, hashing and database writes overlap.
/// </summary>
public sealed class HashingPhase(
    PendingFileReader pending,
    FileHasher hasher,
    IngestionWriter writer,
    HashCache? cache,
    int workers,
    int batchSize,
    Action? batchCommitted = null,
    ScanCounters? counters = null)
{
    public void Run(CancellationToken cancellation)
    {
        var jobs = Channel.CreateBounded<HashJob>(new BoundedChannelOptions(workers * 4) { SingleWriter = true });
        var outcomes = Channel.CreateBounded<HashOutcome>(new BoundedChannelOptions(batchSize * 2) { SingleReader = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);

        var producer = Task.Run(() => Produce(jobs.Writer, stop.Token), stop.Token);
        var hashers = Enumerable.Range(0, workers)
            .Select(_ => Task.Run(() => Consume(jobs.Reader, outcomes.Writer, stop.Token), stop.Token))
            .ToArray();
        var finished = Task.WhenAll(hashers).ContinueWith(t => outcomes.Writer.Complete(t.Exception?.GetBaseException()), TaskScheduler.Default);

        try
        {
            WriteAll(outcomes.Reader, cancellation);
        }
        catch
        {
            stop.Cancel();
            throw;
        }
        finally
        {
            // Let the threads wind down before the caller closes connections.
            try
            {
                Task.WaitAll([producer, finished, .. hashers]);
            }
            catch (AggregateException)
            {
                // Their failures surface through the outcome channel or the cancellation above.
            }
        }

        cancellation.ThrowIfCancellationRequested();
        producer.GetAwaiter().GetResult();
    }

    private void Produce(ChannelWriter<HashJob> jobs, CancellationToken cancellation)
    {
        try
        {
            foreach (var job in pending.ReadAll(cancellation))
            {
                jobs.WriteAsync(job, cancellation).AsTask().GetAwaiter().GetResult();
            }

            jobs.Complete();
        }
        catch (Exception error)
        {
            jobs.Complete(error);
            throw;
        }
    }

    private void Consume(ChannelReader<HashJob> jobs, ChannelWriter<HashOutcome> outcomes, CancellationToken cancellation)
    {
        while (jobs.WaitToReadAsync(cancellation).AsTask().GetAwaiter().GetResult())
        {
            while (jobs.TryRead(out var job))
            {
                HashOutcome outcome;
                counters?.Reading(job.DiscoveryId, job.RelativePath, job.Size);
                try
                {
                    outcome = hasher.Hash(job, cancellation);
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    // One bad file must not stop the scan: record it and carry on.
                    outcome = HashOutcome.Failed(job, $"could not be processed ({error.GetType().Name}): {error.Message}", ScanProblemKinds.Internal);
                }
                finally
                {
                    counters?.Read(job.DiscoveryId, job.Size);
                }

                outcomes.WriteAsync(outcome, cancellation).AsTask().GetAwaiter().GetResult();
            }
        }
    }

    private void WriteAll(ChannelReader<HashOutcome> outcomes, CancellationToken cancellation)
    {
        var batch = new List<HashOutcome>(batchSize);
        var weight = 0;
        while (outcomes.WaitToReadAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult())
        {
            while (weight < batchSize && outcomes.TryRead(out var outcome))
            {
                batch.Add(outcome);
                weight += 1 + (outcome.Archive?.Members.Count ?? 0);
            }

            if (weight >= batchSize || outcomes.Count == 0)
            {
                Flush(batch);
                weight = 0;
            }

            if (cancellation.IsCancellationRequested)
            {
                // Committed batches stay committed; what is still pending is resumed by the next scan.
                return;
            }
        }

        Flush(batch);
    }

    private void Flush(List<HashOutcome> batch)
    {
        if (batch.Count == 0)
        {
            return;
        }

        var cacheEntries = writer.WriteBatch(batch);
        cache?.Store(cacheEntries);
        batch.Clear();
        batchCommitted?.Invoke();
    }
}
