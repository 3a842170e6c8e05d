using RomCurator.Core.Archives;
using RomCurator.Core.Digests;
using RomCurator.Core.Classification;
using RomCurator.Core.Scans;

namespace RomCurator.Core.Hashing;

/// <summary>
/// What hashing one staged file produced: its digests and classification, the archive listing for archives,
/// and problems. <see cref="Failure"/> is set when the file itself could not be read.
/// </summary>
public sealed record HashOutcome(
    HashJob Job,
    ContentHashes? Hashes,
    FileClassification? Classification,
    ArchiveListing? Archive,
    IReadOnlyList<ScanProblem> Problems,
    string? Failure,
    bool FromCache)
{
    /// <summary>What the file's header says (cartridge or disc metadata), keyed "system.field".</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();

    public static HashOutcome Failed(HashJob job, string message, string kind = ScanProblemKinds.Unreadable) =>
        new(job, null, null, null, [new ScanProblem(kind, job.Path.Relative, message)], message, false);
}
