using System.Text.Json;
using RomCurator.Core.Scans;

namespace RomCurator.Core.Pipeline.Checkpoints;

/// <summary>
/// What a scan run counted before it was interrupted, so that the run's summary covers the whole run, not only the
/// part that resumed it. The counts come from the run's notes, which a scan keeps up to date while it goes (after
/// discovery, after every committed hashing batch, after each root's missing sweep). A run resumed in discovery
/// starts from nothing: discovery is done again from the start and counts everything again.
/// </summary>
public sealed class EarlierCounts
{
    private const int KeptProblems = 200;
    private readonly ScanSummary? earlier;

    private EarlierCounts(ScanSummary? earlier) => this.earlier = earlier;

    public static EarlierCounts None { get; } = new(null);

    /// <summary>The counts in <paramref name="notes"/> (the run's <c>import_log.notes</c>) for a run resumed at <paramref name="phase"/>.</summary>
    public static EarlierCounts From(string? notes, string phase)
    {
        if (phase == ScanPhases.Discovery || string.IsNullOrWhiteSpace(notes))
        {
            return None;
        }

        try
        {
            return new EarlierCounts(JsonSerializer.Deserialize(notes, ScanJsonContext.Default.ScanSummary));
        }
        catch (JsonException)
        {
            return None;
        }
    }

    /// <summary>The counts of the whole run: the earlier part's added to <paramref name="part"/>'s.</summary>
    /// <summary>What the earlier part found and hashed (files new or changed, bytes read): progress counts it as done.</summary>
    public (long Found, long Files, long Bytes) Done =>
        earlier is { } before ? (before.FilesSeen, before.FilesNew + before.FilesChanged, before.BytesHashed) : (0, 0, 0);

    public ScanSummary AddTo(ScanSummary part)
    {
        if (earlier is not { } before)
        {
            return part;
        }

        // A failure of the earlier part is history: the run went on from where it stopped.
        var problems = before.Problems.Where(p => p.Kind != "failure").Concat(part.Problems).Take(KeptProblems).ToList();
        return part with
        {
            FilesSeen = before.FilesSeen + part.FilesSeen,
            FilesNew = before.FilesNew + part.FilesNew,
            FilesChanged = before.FilesChanged + part.FilesChanged,
            FilesUnchanged = before.FilesUnchanged + part.FilesUnchanged,
            FilesRetried = before.FilesRetried + part.FilesRetried,
            FilesMissing = before.FilesMissing + part.FilesMissing,
            FilesHashed = before.FilesHashed + part.FilesHashed,
            BytesHashed = before.BytesHashed + part.BytesHashed,
            ArchivesExpanded = before.ArchivesExpanded + part.ArchivesExpanded,
            ArchiveMembers = before.ArchiveMembers + part.ArchiveMembers,
            PasswordsRequired = before.PasswordsRequired + part.PasswordsRequired,
            MatchedHash = before.MatchedHash + part.MatchedHash,
            MatchedTitle = before.MatchedTitle + part.MatchedTitle,
            MatchedTitleInReview = before.MatchedTitleInReview + part.MatchedTitleInReview,
            Candidates = before.Candidates + part.Candidates,
            Errors = before.Errors + part.Errors,
            DurationS = Math.Round(before.DurationS + part.DurationS, 3),
            Problems = problems,
        };
    }
}
