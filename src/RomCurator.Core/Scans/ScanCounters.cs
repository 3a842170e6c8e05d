using System.Collections.Concurrent;

namespace RomCurator.Core.Scans;

/// <summary>Thread-safe tallies of a scan, turned into progress snapshots and the final summary.</summary>
public sealed class ScanCounters
{
    private const int KeptProblems = 200;
    private readonly ConcurrentQueue<ScanProblem> problems = new();
    private long filesSeen, filesNew, filesChanged, filesRetried, filesUnchanged, filesMissing, filesHashed, bytesHashed;
    private long archivesExpanded, archiveMembers, passwordsRequired, errors, processed, toProcess, bytesToProcess, bytesProcessed, foundBefore;
    private readonly ConcurrentDictionary<long, (string Path, long Size)> reading = new();

    public long FilesSeen => Interlocked.Read(ref filesSeen);

    public long Errors => Interlocked.Read(ref errors);

    public string? CurrentPath { get; set; }

    public string Phase { get; set; } = "starting";

    public ScanProblem? LatestProblem { get; private set; }

    public void Seen() => Interlocked.Increment(ref filesSeen);

    public void New() => Interlocked.Increment(ref filesNew);

    public void Changed() => Interlocked.Increment(ref filesChanged);

    public void Retried() => Interlocked.Increment(ref filesRetried);

    public void Unchanged() => Interlocked.Increment(ref filesUnchanged);

    public void Missing(long count) => Interlocked.Add(ref filesMissing, count);

    public void Hashed(long bytes)
    {
        Interlocked.Increment(ref filesHashed);
        Interlocked.Add(ref bytesHashed, bytes);
    }

    public void ArchiveExpanded(long members)
    {
        Interlocked.Increment(ref archivesExpanded);
        Interlocked.Add(ref archiveMembers, members);
    }

    public void Processed() => Interlocked.Increment(ref processed);

    public void ToProcess(long count) => Interlocked.Add(ref toProcess, count);

    /// <summary>The bytes the hashing phase has to read (for progress by bytes).</summary>
    public void BytesToProcess(long bytes) => Interlocked.Add(ref bytesToProcess, bytes);

    /// <summary>What an earlier part of a resumed run found and hashed: counted as done, so the totals cover the whole run.</summary>
    public void DoneBefore(long found, long files, long bytes)
    {
        Interlocked.Add(ref foundBefore, found);
        Interlocked.Add(ref processed, files);
        Interlocked.Add(ref toProcess, files);
        Interlocked.Add(ref bytesProcessed, bytes);
        Interlocked.Add(ref bytesToProcess, bytes);
    }

    /// <summary>A hashing worker started reading a file (shown as the current file while it is read).</summary>
    public void Reading(long discoveryId, string path, long size) => reading[discoveryId] = (path, size);

    /// <summary>A hashing worker is done with a file: its bytes count as processed.</summary>
    public void Read(long discoveryId, long size)
    {
        reading.TryRemove(discoveryId, out _);
        Interlocked.Add(ref bytesProcessed, size);
    }

    public void Problem(ScanProblem problem)
    {
        Interlocked.Increment(ref errors);
        if (problem.Kind == ScanProblemKinds.PasswordRequired)
        {
            Interlocked.Increment(ref passwordsRequired);
        }

        LatestProblem = problem;
        if (problems.Count < KeptProblems)
        {
            problems.Enqueue(problem);
        }
    }

    public ScanProgress Snapshot(TimeSpan elapsed)
    {
        // The largest file in the workers' hands is the one the scan waits for.
        var largest = reading.Values.OrderByDescending(r => r.Size).FirstOrDefault();
        return new(
            Phase, FilesSeen + Interlocked.Read(ref foundBefore), Interlocked.Read(ref processed), Interlocked.Read(ref toProcess), Interlocked.Read(ref bytesHashed),
            Interlocked.Read(ref filesNew), Interlocked.Read(ref filesChanged), Interlocked.Read(ref filesUnchanged),
            Interlocked.Read(ref filesMissing), Interlocked.Read(ref archivesExpanded), Interlocked.Read(ref archiveMembers),
            Errors, largest.Path ?? CurrentPath, elapsed, LatestProblem, (Matching?.MatchedHash ?? 0) + (Matching?.MatchedTitle ?? 0), Matching?.Candidates ?? 0,
            Interlocked.Read(ref bytesToProcess), Interlocked.Read(ref bytesProcessed), largest.Path is null ? 0 : largest.Size);
    }

    /// <summary>What the matching phase found, once it has run (shown by the progress snapshots from then on).</summary>
    public MatchedCounts? Matching { get; set; }

    public ScanSummary Summarize(long runId, string status, bool resumed, IReadOnlyList<string> roots, TimeSpan elapsed, MatchedCounts? matching) => new(
        runId, status, resumed, roots, FilesSeen, Interlocked.Read(ref filesNew), Interlocked.Read(ref filesChanged),
        Interlocked.Read(ref filesUnchanged), Interlocked.Read(ref filesRetried), Interlocked.Read(ref filesMissing), Interlocked.Read(ref filesHashed),
        Interlocked.Read(ref bytesHashed), Interlocked.Read(ref archivesExpanded), Interlocked.Read(ref archiveMembers),
        Interlocked.Read(ref passwordsRequired), matching?.MatchedHash ?? 0, matching?.MatchedTitle ?? 0, matching?.Candidates ?? 0, Errors,
        Math.Round(elapsed.TotalSeconds, 3), problems.ToArray(), matching?.MatchedTitleInReview ?? 0);
}
