namespace RomCurator.Core.Organizer;

/// <summary>
/// What the database knows about a file the plan cannot place by release: whether it is an archive, the scan's error
/// when it could not be read, and whether it has a release link, open suggestions, or a DAT link.
/// </summary>
public sealed record FileFacts(bool IsArchive, string? UnreadableError, bool HasReleaseLink, bool InReview, bool HasDatLink);
