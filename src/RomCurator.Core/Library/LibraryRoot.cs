namespace RomCurator.Core.Library;

/// <summary>A folder the user curates, with its platform hint and what the last scans found.</summary>
public sealed record LibraryRoot(
    long RootId,
    string Name,
    string Path,
    long? PlatformId,
    string? PlatformName,
    bool IsActive,
    string? LastScanAt,
    long FilesPresent,
    long FilesMissing)
{
    /// <summary>Removed by the curator (hidden from the list; history kept). A paused root is inactive but not removed.</summary>
    public bool IsRemoved { get; init; }
}
