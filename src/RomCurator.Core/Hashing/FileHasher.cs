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
    private static readonly IReadOnlyDictionary<string, string> NoMetadata = new Dictionary<string, string>();

    /// <summary>Each root's real path (resolved once): where every file read must really be.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> rootReals = new(StringComparer.Ordinal);

    /// <param name="memberStarted">told the path of each archive member or disc track as its reading starts, or null</param>
    /// <param name="scratch">the calling worker's buffer and digest contexts: with it, small files are read whole through a raw descriptor</param>
    public HashOutcome Hash(HashJob job, CancellationToken cancellation, Action<string>? memberStarted = null, SmallFileScratch? scratch = null)
    {
        var absolute = job.Path.Absolute;
        var linkChecked = false;
        ReadContent? content = null;
        HashOutcome? failure = null;
        if (scratch is not null && job.Size <= Math.Min(SmallFileScratch.MaxFileBytes, hashOptions.ChunkSizeBytes) && RawFileRead.IsSupported)
        {
            failure = ReadSmall(job, absolute, scratch, out content, out linkChecked);
        }

        if (failure is null && content is null)
        {
            failure = ReadThroughStream(job, absolute, linkChecked, cancellation, out content);
        }

        if (failure is not null)
        {
            return failure;
        }

        using var archive = content!.Archive;
        var (classification, hashes, metadata, fromCache, metadataFault) = content;
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
            // From the bytes or the descriptor just read and checked: the path may lead to another file by now.
            listing = ArchiveReader.Enumerate(archive!, Path.GetFileName(absolute), archiveLimits, passwords, cancellation, memberStarted);
            problems.AddRange(listing.Problems.Select(p => new ScanProblem(KindOf(p.Kind), MemberPath.Join(job.Path.Relative, p.Path, listing), p.Message)));
        }

        return new HashOutcome(job, hashes, classification, listing, problems, null, fromCache) { Metadata = metadata };
    }

    /// <summary>
    /// A small file, read whole through a raw descriptor into the worker's buffer and hashed from there. Null with no
    /// content when it must be read through a FileStream instead (an error, which that read reports as before; a link
    /// inside the root, which that read follows).
    /// </summary>
    private HashOutcome? ReadSmall(HashJob job, string absolute, SmallFileScratch scratch, out ReadContent? content, out bool linkChecked)
    {
        content = null;
        linkChecked = false;
        var buffer = scratch.BufferFor(job.Size);
        switch (RawFileRead.Read(absolute, RootReal(job), buffer.AsSpan(0, (int)job.Size + 1), job.Size, out var length, out var after, out var outside))
        {
            case RawReadStatus.OutsideRoot:
                return PathLeadsOutsideRoot(job, outside!);
            case RawReadStatus.NotRegular:
                return NotRegular(job);
            case RawReadStatus.Link:
                linkChecked = true;
                return LinkOutsideRoot(job, absolute);
            case RawReadStatus.Unavailable:
                return null;
        }

        var bytes = buffer.AsSpan(0, length);
        var classification = classifier.Classify(job.Path.Relative, bytes[..Math.Min(length, ArchiveSignature.HeaderLength)]);
        var cached = classification.IsArchive ? null : cache?.FindUnread(absolute, job.Size, job.ModifiedTime);
        if (cached is not null)
        {
            content = new ReadContent(classification, cached, NoMetadata, true, null);
            return null;
        }

        var hashes = scratch.Digests.Hash(bytes, hashOptions, after.Size);
        if (FileChangeCheck.Describe(job, after.Size, after.ModifiedUtc, length) is { } change)
        {
            return HashOutcome.Failed(job, change, ScanProblemKinds.Changed);
        }

        string? metadataFault = null;
        var metadata = classification.IsArchive && classification.ArchiveKind != ArchiveKind.Chd
            ? NoMetadata
            : MetadataReader.ReadSafely(job.Path.Relative, bytes[..Math.Min(length, HeadCapture.DefaultCapacity)], hashes.Size, hashes.HeaderKind,
                DiscMetadata.IsChd(bytes) ? new MemoryStream(buffer, 0, length, writable: false) : null, out metadataFault);
        content = new ReadContent(classification, hashes, metadata, false, metadataFault)
        {
            Archive = classification.IsArchive ? new MemoryStream(buffer, 0, length, writable: false) : null,
        };
        return null;
    }

    /// <summary>One open, one sequential read through a FileStream (large files, and whatever the raw read left).</summary>
    private HashOutcome? ReadThroughStream(HashJob job, string absolute, bool linkChecked, CancellationToken cancellation, out ReadContent? content)
    {
        content = null;
        FileStream? stream = null;
        CheckedFile? looked = null;
        try
        {
            // Looked at (O_PATH, fstat) before anything opens it: a FIFO or device swapped in is never opened.
            looked = CheckedFile.Look(absolute);
            if (looked is null ? !FileKind.IsRegularFile(absolute) : !looked.IsRegular)
            {
                return NotRegular(job);
            }

            if (!linkChecked && LinkOutsideRoot(job, absolute) is { } outside)
            {
                return outside;
            }

            if (looked is not null && looked.OutsideRoot(RootReal(job)) is { } lookedOutside)
            {
                return PathLeadsOutsideRoot(job, lookedOutside);
            }

            // One open, one sequential read: the signature bytes are replayed into the hasher.
            stream = looked?.OpenForReading() ?? ContentHasher.OpenForHashing(absolute);
            if (looked is null && DescriptorPath.OutsideRoot((int)stream.SafeFileHandle.DangerousGetHandle(), RootReal(job)) is { } openedOutside)
            {
                return PathLeadsOutsideRoot(job, openedOutside);
            }

            var header = ArchiveSignature.ReadHeader(stream);
            var classification = classifier.Classify(job.Path.Relative, header);
            var cached = classification.IsArchive ? null : cache?.FindUnread(absolute, job.Size, job.ModifiedTime);
            if (cached is not null)
            {
                content = new ReadContent(classification, cached, NoMetadata, true, null);
                return null;
            }

            // No more head than the file has: a file that grew since discovery fails the change check below anyway.
            var capture = new HeadCapture(new PrefixedStream(header, stream), (int)Math.Clamp(job.Size, 0, HeadCapture.DefaultCapacity));
            var hashes = ContentHasher.Hash(capture, hashOptions, stream.Length, cancellation: cancellation);
            if (FileChangeCheck.Describe(job, stream, hashes.Size) is { } change)
            {
                return HashOutcome.Failed(job, change, ScanProblemKinds.Changed);
            }

            // A CHD's members are its tracks; its header (version, SHA-1s, tracks) stays the file's own metadata.
            string? metadataFault = null;
            var metadata = classification.IsArchive && classification.ArchiveKind != ArchiveKind.Chd
                ? NoMetadata
                : MetadataReader.ReadSafely(job.Path.Relative, capture.Head, hashes.Size, hashes.HeaderKind, stream, out metadataFault);
            content = new ReadContent(classification, hashes, metadata, false, metadataFault);
            if (classification.IsArchive)
            {
                // Its members are enumerated from this descriptor (buffered: archive readers read in small pieces).
                content = content with { Archive = new BufferedStream(stream, 1 << 16) };
                stream = null;
            }

            return null;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return HashOutcome.Failed(job, $"cannot read: {error.Message}");
        }
        finally
        {
            stream?.Dispose();
            looked?.Dispose();
        }
    }

    // Replaced since discovery by a FIFO (opening it would block for ever) or a device (reading it may never end).
    private static HashOutcome NotRegular(HashJob job) =>
        HashOutcome.Failed(job, "not a regular file any more (a FIFO, socket or device since discovery); skipped");

    /// <summary>
    /// Null unless the path is now a symbolic link whose target lies outside its root (it was replaced since discovery,
    /// which never stages such a link): then it is not read, so a scan never records what lies outside a root.
    /// </summary>
    private static HashOutcome? LinkOutsideRoot(HashJob job, string absolute)
    {
        try
        {
            if (new FileInfo(absolute).LinkTarget is null)
            {
                return null;
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // Vanished or unreadable: the open reports it.
            return null;
        }

        var target = RealPath.TryResolve(absolute);
        var root = RealPath.TryResolve(job.Path.Root);
        return target is null || root is null || RealPath.IsSameOrUnder(target, root)
            ? null
            : HashOutcome.Failed(job, $"now a symbolic link leading outside the root (to '{target}'); not read", ScanProblemKinds.Link);
    }

    /// <summary>
    /// Opened through a folder on its path that is now a symbolic link out of the root (discovery saw a real folder):
    /// not read, as O_NOFOLLOW and <see cref="LinkOutsideRoot"/> only look at the last name.
    /// </summary>
    private static HashOutcome PathLeadsOutsideRoot(HashJob job, string opened) =>
        HashOutcome.Failed(job, $"its path now leads outside the root through a symbolic link (to '{opened}'); not read", ScanProblemKinds.Link);

    private string? RootReal(HashJob job) => rootReals.GetOrAdd(job.Path.Root, static root => RealPath.TryResolve(root));

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
