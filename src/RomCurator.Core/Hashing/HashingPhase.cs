using RomCurator.Core.Hashing.Writing;
using RomCurator.Core.Scans;

namespace RomCurator.Core.Hashing;

/// <summary>
/// Phase two of a scan: pending files flow from a reader thread to hashing workers and from them to the single
/// database writer, through bounded hand-offs (<see cref="HandOff{T}"/>), so disk reads, hashing and database writes overlap.
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
    /// <summary>
    /// Files handed to a worker at once, at most: passing files one by one cost more in thread wake-ups than hashing
    /// a small file does (every blocked hand-off spins, calling sched_yield, before it sleeps; groups of 32 still made
    /// 46,000 such calls for 20,000 files). A group also ends at <see cref="GroupBytes"/>, so big files still spread
    /// over the workers.
    /// </summary>
    private const int GroupFiles = 256;

    /// <summary>Hashed files that may wait for the writer, at most (so workers go on while it writes a batch).</summary>
    private const int WaitingOutcomes = 4096;

    private const long GroupBytes = 4L * 1024 * 1024;

    public void Run(CancellationToken cancellation)
    {
        var groupFiles = Math.Clamp(batchSize, 1, GroupFiles);
        var jobs = new HandOff<List<HashJob>>(workers * 2);
        var outcomes = new HandOff<List<HashOutcome>>(Math.Max(2, Math.Min(batchSize * 2, WaitingOutcomes) / groupFiles));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);

        var producer = Task.Factory.StartNew(() => Produce(jobs, groupFiles, stop.Token), stop.Token,
            TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var hashers = Enumerable.Range(0, workers)
            .Select(_ => Task.Factory.StartNew(() => Consume(jobs, outcomes, stop.Token), stop.Token,
                TaskCreationOptions.LongRunning, TaskScheduler.Default))
            .ToArray();
        var finished = Task.WhenAll(hashers).ContinueWith(t => outcomes.Complete(FaultOf(t)), TaskScheduler.Default);

        HandOffFaultedException? faulted = null;
        try
        {
            WriteAll(outcomes, cancellation);
        }
        catch (HandOffFaultedException error)
        {
            stop.Cancel();
            faulted = error;
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

        if (faulted is not null)
        {
            // The threads are done: the fault itself (a database error speaks for itself), thrown on this thread alone.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(HandOffFaultedException.Unwrap(faulted));
        }

        cancellation.ThrowIfCancellationRequested();
        producer.GetAwaiter().GetResult();
    }

    /// <summary>What the hashing workers failed with: the one fault they share (the reader's, passed along), or all of them.</summary>
    private static Exception? FaultOf(Task workers)
    {
        if (workers.Exception is not { } failed)
        {
            return null;
        }

        var faults = failed.Flatten().InnerExceptions.Select(HandOffFaultedException.Unwrap).Distinct().ToList();
        return faults.Count == 1 ? faults[0] : new AggregateException(faults);
    }

    private void Produce(HandOff<List<HashJob>> jobs, int groupFiles, CancellationToken cancellation)
    {
        try
        {
            var group = new List<HashJob>(groupFiles);
            var bytes = 0L;
            foreach (var job in pending.ReadAll(cancellation))
            {
                group.Add(job);
                bytes += job.Size;
                if (group.Count >= groupFiles || bytes >= GroupBytes)
                {
                    jobs.Add(group, cancellation);
                    group = new List<HashJob>(groupFiles);
                    bytes = 0;
                }
            }

            if (group.Count > 0)
            {
                jobs.Add(group, cancellation);
            }

            jobs.Complete();
        }
        catch (Exception error)
        {
            jobs.Complete(error);
            throw;
        }
    }

    private void Consume(HandOff<List<HashJob>> jobs, HandOff<List<HashOutcome>> outcomes, CancellationToken cancellation)
    {
        using var scratch = new SmallFileScratch();
        while (jobs.WaitToRead(cancellation))
        {
            while (jobs.TryRead(out var group))
            {
                var hashed = new List<HashOutcome>(group.Count);
                foreach (var job in group)
                {
                    hashed.Add(HashOne(job, scratch, cancellation));
                }

                outcomes.Add(hashed, cancellation);
            }
        }
    }

    private HashOutcome HashOne(HashJob job, SmallFileScratch scratch, CancellationToken cancellation)
    {
        counters?.Reading(job.DiscoveryId, job.Path.Relative, job.Size);
        try
        {
            // "Now:" names the member or track being read (archive.zip#rom.bin), the archive while its own bytes are.
            return hasher.Hash(job, cancellation, counters is null ? null : member => counters.Reading(job.DiscoveryId, job.Path.Relative + "#" + member, job.Size), scratch);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // One bad file must not stop the scan: record it and carry on.
            return HashOutcome.Failed(job, $"could not be processed ({error.GetType().Name}): {error.Message}", ScanProblemKinds.Internal);
        }
        finally
        {
            counters?.Read(job.DiscoveryId, job.Size);
        }
    }

    private void WriteAll(HandOff<List<HashOutcome>> outcomes, CancellationToken cancellation)
    {
        var batch = new List<HashOutcome>(batchSize);
        var waiting = new Queue<HashOutcome>();
        var weight = 0;
        while (waiting.Count > 0 || outcomes.WaitToRead(CancellationToken.None))
        {
            while (weight < batchSize && (waiting.Count > 0 || Refill(outcomes, waiting)))
            {
                var outcome = waiting.Dequeue();
                batch.Add(outcome);
                weight += 1 + (outcome.Archive?.Members.Count ?? 0);
            }

            if (weight >= batchSize || (waiting.Count == 0 && outcomes.Count == 0))
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

    private static bool Refill(HandOff<List<HashOutcome>> outcomes, Queue<HashOutcome> waiting)
    {
        if (!outcomes.TryRead(out var group))
        {
            return false;
        }

        foreach (var outcome in group)
        {
            waiting.Enqueue(outcome);
        }

        return waiting.Count > 0;
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
