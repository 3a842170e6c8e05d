using RomCurator.Core.Archives;
using RomCurator.Core.FileSystem;
using RomCurator.Core.Digests;
using RomCurator.Core.Classification;
using RomCurator.Core.Metadata;
using RomCurator.Core.Scans;

namespace RomCurator.Core.Hashing;

/// <summary>
/// Hashes one staged file: classifies it (registry + signature), takes its digests from the hash cache or one
/// read of the file, and enumerates archives member by member. Never writes to the file system except the
/// archive engine's temp spills.
/// </summary>
public sealed class FileHasher(
    FileClassifier classifier,
    HashOptions hashOptions,
    ArchiveLimits archiveLimits,
    PasswordDictionary passwords,
    HashCache? cache)
{
    /// <param name="memberStarted">told the path of each archive member or disc track as its reading starts, or null</param>
    public HashOutcome Hash(HashJob job, CancellationToken cancellation, Action<string>? memberStarted = null)
    {
        FileClassification classification;
        ContentHashes hashes;
        IReadOnlyDictionary<string, string> metadata = new Dictionary<string, string>();
        var fromCache = false;
        string? metadataFault = null;
        var absolute = job.Path.Absolute;
        if (!FileKind.IsRegularFile(absolute))
        {
            // Replaced since discovery by a FIFO (opening it would block for ever) or a device (reading it may never end).
            return HashOutcome.Failed(job, "not a regular file any more (a FIFO, socket or device since discovery); skipped");
        }

        try
        {
            // One open, one sequential read: the signature bytes are replayed into the hasher.
            using var stream = ContentHasher.OpenForHashing(absolute);
            var header = ArchiveSignature.ReadHeader(stream);
            classification = classifier.Classify(job.Path.Relative, header);
            var cached = classification.IsArchive ? null : cache?.FindUnread(absolute, job.Size, job.ModifiedTime);
            fromCache = cached is not null;
            if (cached is not null)
            {
                hashes = cached;
            }
            else
            {
                // No more head than the file has: a file that grew since discovery fails the change check below anyway.
                var capture = new HeadCapture(new PrefixedStream(header, stream), (int)Math.Clamp(job.Size, 0, HeadCapture.DefaultCapacity));
                hashes = ContentHasher.Hash(capture, hashOptions, stream.Length, cancellation: cancellation);
                if (FileChangeCheck.Describe(job, stream, hashes.Size) is { } change)
                {
                    return HashOutcome.Failed(job, change, ScanProblemKinds.Changed);
                }

                // A CHD's members are its tracks; its header (version, SHA-1s, tracks) stays the file's own metadata.
                metadata = classification.IsArchive && classification.ArchiveKind != ArchiveKind.Chd
                    ? metadata
                    : MetadataReader.ReadSafely(job.Path.Relative, capture.Head, hashes.Size, hashes.HeaderKind, stream, out metadataFault);
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return HashOutcome.Failed(job, $"cannot read: {error.Message}");
        }

        var problems = new List<ScanProblem>();
        if (metadataFault is not null)
        {
            problems.Add(new ScanProblem(ScanProblemKinds.Internal, job.Path.Relative, metadataFault));
        }

        if (classification.Warning is not null)
        {
            problems.Add(new ScanProblem(ScanProblemKinds.Signature, job.Path.Relative, classification.Warning));
        }

        ArchiveListing? listing = null;
        if (classification.IsArchive)
        {
            listing = ArchiveReader.Enumerate(absolute, archiveLimits, passwords, cancellation, memberStarted);
            problems.AddRange(listing.Problems.Select(p => new ScanProblem(KindOf(p.Kind), MemberPath.Join(job.Path.Relative, p.Path, listing), p.Message)));
        }

        return new HashOutcome(job, hashes, classification, listing, problems, null, fromCache) { Metadata = metadata };
    }

    private static string KindOf(ArchiveProblemKind kind) => kind switch
    {
        ArchiveProblemKind.PasswordRequired => ScanProblemKinds.PasswordRequired,
        ArchiveProblemKind.BombGuard => ScanProblemKinds.BombGuard,
        ArchiveProblemKind.DepthLimit => ScanProblemKinds.DepthLimit,
        ArchiveProblemKind.Unsupported => ScanProblemKinds.Unsupported,
        ArchiveProblemKind.Metadata => ScanProblemKinds.Internal,
        _ => ScanProblemKinds.Corrupt,
    };
}
