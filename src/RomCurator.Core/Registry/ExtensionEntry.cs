namespace RomCurator.Core.Registry;

/// <summary>A row of the extension registry with its category, flags and the platforms it points to.</summary>
public sealed record ExtensionEntry(
    string Extension,
    string Category,
    string Description,
    bool IsActive,
    bool TreatAsArchive,
    bool TreatAsDisc,
    bool TreatAsAuxiliary,
    string Platforms);
