namespace RomCurator.Core.Matching;

/// <summary>
/// What matching knows of a file besides its name: its size, the size of its data without a header (headered dumps),
/// its extension, and the platforms every source of platform evidence agrees on (null: no disagreement to weigh).
/// </summary>
public sealed record FileEvidence(long Size, long? HeaderlessSize, string Extension, IReadOnlySet<long>? AgreedPlatforms = null);
