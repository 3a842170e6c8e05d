using RomCurator.Core.Archives;

namespace RomCurator.Core.Classification;

/// <summary>
/// What a file is: its registry entry, its content role, and whether its signature makes it an archive.
/// <see cref="Warning"/> explains a mismatch between the name and the bytes.
/// </summary>
public sealed record FileClassification(ExtensionInfo? Extension, string ContentRole, ArchiveKind? ArchiveKind, string? Warning)
{
    public bool IsArchive => ArchiveKind is not null;
}
