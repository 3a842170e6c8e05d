namespace RomCurator.Core.Classification;

/// <summary>One row of the extension registry with its category and the platforms it hints at.</summary>
public sealed record ExtensionInfo(
    string Extension,
    string? Category,
    bool IsArchive,
    bool IsDisc,
    bool IsAuxiliary,
    IReadOnlyList<long> PlatformIds);
