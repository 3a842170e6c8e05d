namespace RomCurator.Core.Organizer;

/// <summary>Why the plan leaves a file where it is, before any path is looked at (<see cref="SkipReasons"/> words it).</summary>
public enum SkipReason
{
    /// <summary>An archive a scan could not read.</summary>
    UnreadableArchive,

    /// <summary>An archive whose members belong to several releases, or are not all verified (or accepted).</summary>
    MixedArchive,

    /// <summary>Linked to a release by title, not verified by hash, and not accepted in review.</summary>
    LinkedNotVerified,

    /// <summary>Not linked: its suggestions wait in the review queue.</summary>
    WaitsInReview,

    /// <summary>Not linked: its DAT entry belongs to no release.</summary>
    EntryWithoutRelease,

    /// <summary>Not linked: no DAT entry matches it.</summary>
    NoMatch,

    /// <summary>Accepted in review but not verified by hash, and <c>organizer.unverified</c> is skip.</summary>
    UnverifiedPolicy,

    /// <summary>1G1R prefers another copy of the game, and <c>oneGameOneRom.otherCopies</c> is stay.</summary>
    OtherCopyPreferred,

    /// <summary>The destination the layout gives would be outside the root.</summary>
    LeavesRoot,

    /// <summary>A loose cue sheet beside it names it, and the sheet and the files it names are not placed by one release (<see cref="CueSheets"/>).</summary>
    HeldByCueSheet,

    /// <summary>
    /// <c>organizer.duplicates</c> is move and some files of a loose cue sheet's set are extra copies of content kept
    /// elsewhere while others are not: a set goes to the duplicates folder only as a whole (<see cref="CueSheetLines"/>).
    /// </summary>
    PartlyDuplicateCueSet,
}
