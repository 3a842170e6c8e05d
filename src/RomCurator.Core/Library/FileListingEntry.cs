namespace RomCurator.Core.Library;

/// <summary>
/// One line of `romcurator files`: a file instance or an archive member (path "archive.zip#inner/path"), its
/// content hashes, and how it matched. The JSON keys are a public contract.
/// </summary>
public sealed record FileListingEntry(
    string Root,
    string Path,
    string Sha1,
    string? Crc32,
    long Size,
    string Status,
    string Match,
    string? DatGame,
    double? Confidence,
    bool Linked);
