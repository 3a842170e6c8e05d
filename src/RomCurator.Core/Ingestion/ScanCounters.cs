using System.Collections.Concurrent;
using RomCurator.Core.Matching;

namespace RomCurator.Core.Ingestion;

/// <summary>Thread-safe tallies of a scan, turned into progress snapshots and the final summary.</summary>
public sealed class ScanCounters
{
    private const int KeptProblems = 200;
    private readonly ConcurrentQueue<ScanProblem> problems = new();
    private long filesSeen, filesNew, filesChanged, filesRetried, filesUnchanged, filesMissing, filesHashed, bytesHashed;
    private long archivesExpanded, archiveMembers, passwordsRequired, errors, processed, toProcess;

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

    public ScanProgress Snapshot(TimeSpan elapsed) => new(
        Phase, FilesSeen, Interlocked.Read(ref processed), Interlocked.Read(ref toProcess), Interlocked.Read(ref bytesHashed),
        Interlocked.Read(ref filesNew), Interlocked.Read(ref filesChanged), Interlocked.Read(ref filesUnchanged),
        Interlocked.Read(ref filesMissing), Interlocked.Read(ref archivesExpanded), Interlocked.Read(ref archiveMembers),
        Errors, CurrentPath, elapsed, LatestProblem, (Matching?.MatchedHash ?? 0) + (Matching?.MatchedTitle ?? 0), Matching?.Candidates ?? 0);

    /// <summary>What the matching phase found, once it has run (shown by the progress snapshots from then on).</summary>
    public MatchSummary? Matching { get; set; }

    public ScanSummary Summarize(long runId, string status, bool resumed, IReadOnlyList<string> roots, TimeSpan elapsed, MatchSummary? matching) => new(
        runId, status, resumed, roots, FilesSeen, Interlocked.Read(ref filesNew), Interlocked.Read(ref filesChanged),
        Interlocked.Read(ref filesUnchanged), Interlocked.Read(ref filesRetried), Interlocked.Read(ref filesMissing), Interlocked.Read(ref filesHashed),
        Interlocked.Read(ref bytesHashed), Interlocked.Read(ref archivesExpanded), Interlocked.Read(ref archiveMembers),
        Interlocked.Read(ref passwordsRequired), matching?.MatchedHash ?? 0, matching?.MatchedTitle ?? 0, matching?.Candidates ?? 0, Errors,
        Math.Round(elapsed.TotalSeconds, 3), problems.ToArray());
}
