using RomCurator.Core.Review;

namespace RomCurator.Tui.Shell.Panes;

/// <summary>
/// The Review pane's rows right after a decision, before the page is read again (pure): what the queue will list
/// once the decision is read back, as far as the page on screen can tell.
/// </summary>
public static class ReviewListAfter
{
    /// <summary>
    /// Accepted or rejected: the suggestions the decision settled leave (an accept settles every open suggestion of
    /// the file). Skipped: the file is set aside, after every other file, so its rows go to the end of the last page
    /// (the skipped one marked) and off any other page.
    /// </summary>
    public static List<ReviewItem> Decision(IReadOnlyList<ReviewItem> rows, ReviewItem decided, ReviewOutcome outcome, bool lastPage)
    {
        if (outcome.Action != "skipped")
        {
            return rows.Where(row => !outcome.CandidateIds.Contains(row.CandidateId)).ToList();
        }

        var file = rows.Where(row => row.RomId == decided.RomId)
            .Select(row => row.CandidateId == decided.CandidateId ? row with { Skipped = true } : row).ToList();
        var others = rows.Where(row => row.RomId != decided.RomId).ToList();
        return lastPage ? [.. others, .. file] : others;
    }

    /// <summary>
    /// The suggestion the cursor goes to after deciding row <paramref name="at"/>: the first row below it that the
    /// decision leaves in place (a skip sets the file's rows aside, so they are passed over), or null when none is.
    /// </summary>
    public static long? Next(IReadOnlyList<ReviewItem> rows, int at, ReviewItem decided, ReviewOutcome outcome)
    {
        var skipped = outcome.Action == "skipped";
        return rows.Skip(at + 1)
            .Where(row => !outcome.CandidateIds.Contains(row.CandidateId) && !(skipped && row.RomId == decided.RomId))
            .Select(row => (long?)row.CandidateId)
            .FirstOrDefault();
    }
}
