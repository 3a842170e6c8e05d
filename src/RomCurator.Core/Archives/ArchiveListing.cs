namespace RomCurator.Core.Archives;

/// <summary>
/// Everything found in an archive (nested archives flattened into <see cref="Members"/>) and what went wrong.
/// <see cref="Kind"/> is null when the file is not a recognised archive or cannot be opened at all.
/// </summary>
public sealed record ArchiveListing(
    ArchiveKind? Kind,
    string? PasswordUsed,
    IReadOnlyList<ArchiveMemberInfo> Members,
    IReadOnlyList<ArchiveProblem> Problems);
