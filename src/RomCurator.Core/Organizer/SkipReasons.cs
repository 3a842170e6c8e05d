namespace RomCurator.Core.Organizer;

/// <summary>
/// The organizer's skip reasons as pure functions: which one applies to a file that has no release to be placed by
/// (<see cref="For"/>, first match wins, in the order of <see cref="SkipReason"/>), and the words the plan shows.
/// </summary>
public static class SkipReasons
{
    public static SkipReason For(FileFacts facts) =>
        facts.UnreadableError is not null ? SkipReason.UnreadableArchive
        : facts.IsArchive ? SkipReason.MixedArchive
        : facts.HasReleaseLink ? SkipReason.LinkedNotVerified
        : facts.InReview ? SkipReason.WaitsInReview
        : facts.HasDatLink ? SkipReason.EntryWithoutRelease
        : SkipReason.NoMatch;

    /// <summary>
    /// The plan's words for <paramref name="reason"/>; <paramref name="detail"/> is the scan's error of an unreadable
    /// archive, the preferred copy's name when another copy is preferred, or the cue sheet's path.
    /// </summary>
    public static string Text(SkipReason reason, string? detail = null) => reason switch
    {
        SkipReason.UnreadableArchive => $"the archive could not be read ({detail}); it stays where it is until a scan can read it",
        SkipReason.MixedArchive => "the archive holds files of several releases, or files not verified by hash; it stays where it is",
        SkipReason.LinkedNotVerified => "linked to a release but not verified by hash (its content differs from the DAT)",
        SkipReason.WaitsInReview => "not linked to a release yet: its suggestions wait in the review queue (romcurator review)",
        SkipReason.EntryWithoutRelease => "not linked to a release: its DAT entry belongs to no release",
        SkipReason.NoMatch => "not linked to a release: no DAT entry matches it (nothing to review)",
        SkipReason.UnverifiedPolicy => "accepted in review but not verified by hash; it stays where it is (organizer.unverified is 'skip'; " +
                                       "'separate' moves it under " + UnverifiedLayout.Folder + "/ with its own name)",
        SkipReason.OtherCopyPreferred => $"another copy of the game is preferred (1G1R: {detail}); it stays where it is",
        SkipReason.LeavesRoot => "the destination would leave the root",
        SkipReason.HeldByCueSheet => $"the cue sheet '{detail}' and the files it names are not all placed by one release; " +
                                     "they stay together where they are, so the cue keeps finding its tracks",
        SkipReason.PartlyDuplicateCueSet => $"some of the files the cue sheet '{detail}' keeps together are extra copies of content kept elsewhere and " +
                                            "some are not (organizer.duplicates is 'move'); a cue sheet's files move only all together, so they stay where they are",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };
}
