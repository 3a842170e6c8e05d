namespace RomCurator.Core.Archives;

/// <summary>Everything found in an archive (nested archives flattened into <see cref="Members"/>) and what went wrong.</summary>
public sealed record ArchiveListing(
    ArchiveKind Kind,
    string? PasswordUsed,
    IReadOnlyList<ArchiveMemberInfo> Members,
    IReadOnlyList<ArchiveProblem> Problems);
