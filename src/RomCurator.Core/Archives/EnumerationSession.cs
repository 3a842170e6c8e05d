using RomCurator.Core.Digests;
using RomCurator.Core.Metadata;

namespace RomCurator.Core.Archives;

/// <summary>The state of enumerating one outermost archive: members found, problems, bomb guard, order.</summary>
public sealed class EnumerationSession(ArchiveLimits limits, PasswordDictionary passwords, CancellationToken cancellation)
{
    private readonly BombGuard guard = new(limits);
    private readonly List<ArchiveMemberInfo> members = [];
    private readonly List<ArchiveProblem> problems = [];
    private int sortOrder;

    public IReadOnlyList<ArchiveMemberInfo> Members => members;

    public IReadOnlyList<ArchiveProblem> Problems => problems;

    public string? PasswordUsed { get; private set; }

    /// <summary>Told each member's path (nested ones as <c>inner.zip/rom.bin</c>) as its reading starts: progress shows it.</summary>
    public Action<string>? MemberStarted { get; init; }

    public void EnumerateOutermost(Stream stream, ArchiveKind kind, string containerName)
    {
        try
        {
            Enumerate(stream, kind, containerName, "", 1);
        }
        catch (ArchiveBombException bomb)
        {
            problems.Add(new ArchiveProblem(ArchiveProblemKind.BombGuard, "", bomb.Message));
        }
    }

    private void Enumerate(Stream stream, ArchiveKind kind, string containerName, string parentPath, int depth)
    {
        var firstMember = members.Count;
        try
        {
            foreach (var entry in Entries(stream, kind, containerName, parentPath))
            {
                cancellation.ThrowIfCancellationRequested();
                if (!entry.IsDirectory)
                {
                    AddMember(entry, parentPath, depth, stream.Length);
                }
            }
        }
        catch (Exception error) when (ArchiveErrors.IsReadProblem(error))
        {
            var message = error is ArchiveDamagedException || Discs.DiscSignature.IsDisc(kind) ? error.Message : ArchiveTruncation.Explain(stream, kind) ?? ArchiveErrors.Describe(error);
            if (IsSingleStream(kind) && members.Count > firstMember)
            {
                // One checksum covers the whole compressed stream: no member read from it can be trusted.
                ForgetMembersFrom(firstMember);
                message += "; none of its members are recorded";
            }

            var kindOfProblem = error is Discs.DiscNotReadException ? ArchiveProblemKind.Unsupported
                : error is not ArchiveDamagedException && ArchiveErrors.IsPasswordProblem(error)
                ? ArchiveProblemKind.PasswordRequired
                : ArchiveProblemKind.Corrupt;
            problems.Add(new ArchiveProblem(kindOfProblem, (error as ArchiveDamagedException)?.Path ?? parentPath, message));
        }
    }

    private static bool IsSingleStream(ArchiveKind kind) => kind is ArchiveKind.GZip or ArchiveKind.BZip2 or ArchiveKind.Xz || Discs.DiscSignature.IsDisc(kind);

    private void ForgetMembersFrom(int first)
    {
        members.RemoveRange(first, members.Count - first);
        sortOrder = members.Count == 0 ? 0 : members[^1].SortOrder + 1;
    }

    private IEnumerable<ArchiveEntry> Entries(Stream stream, ArchiveKind kind, string containerName, string parentPath)
    {
        stream.Position = 0;
        if (kind == ArchiveKind.Tar)
        {
            return TarEntries.Read(stream, stored: true);
        }

        if (Discs.DiscSignature.IsDisc(kind))
        {
            return Discs.DiscEntries.Read(stream, kind, containerName, cancellation);
        }

        if (IsSingleStream(kind))
        {
            return CompressedStreamEntries.Read(stream, kind, containerName, guard, cancellation);
        }

        if (kind == ArchiveKind.Zip)
        {
            ZipOverlapCheck.Check(stream);
        }

        var opened = ArchiveOpener.Open(stream, passwords, guard, cancellation, out var passwordProblem, limits.NativeInflate);
        if (opened is null)
        {
            problems.Add(new ArchiveProblem(ArchiveProblemKind.PasswordRequired, parentPath, passwordProblem!));
            return [];
        }

        if (parentPath.Length == 0)
        {
            PasswordUsed = opened.Password;
        }

        return Walk(opened);
    }

    private static IEnumerable<ArchiveEntry> Walk(OpenedArchive opened)
    {
        using (opened)
        {
            foreach (var entry in opened.Entries())
            {
                yield return entry;
            }
        }
    }

    private void AddMember(ArchiveEntry entry, string parentPath, int depth, long containerLength)
    {
        var path = entry.Path.Replace('\\', '/');
        var fullPath = parentPath.Length == 0 ? path : parentPath + "/" + path;
        // 7z reports no per-member compressed size, and members of tar.gz have none: the container's size bounds it.
        var compressedBound = entry.CompressedSize > 0 ? entry.CompressedSize : containerLength;
        guard.CountMember(fullPath);
        MemberStarted?.Invoke(fullPath);
        guard.CheckDeclared(fullPath, entry.DeclaredSize, compressedBound);

        using var read = ReadMember(entry, fullPath, depth, compressedBound);
        if (read.Mismatch is { } mismatch)
        {
            problems.Add(new ArchiveProblem(ArchiveProblemKind.Corrupt, fullPath, mismatch));
            return;
        }

        var hashes = read.Hashes!;
        var nestedKind = read.NestedKind;
        var spill = read.Spill;

        string? metadataFault = null;
        var metadata = nestedKind is null
            ? MetadataReader.ReadSafely(path, read.Head, hashes.Size, hashes.HeaderKind, null, out metadataFault)
            : new Dictionary<string, string>();
        if (metadataFault is not null)
        {
            problems.Add(new ArchiveProblem(ArchiveProblemKind.Metadata, fullPath, metadataFault));
        }

        double? ratio = entry.CompressedSize > 0 ? Math.Round(hashes.Size / (double)entry.CompressedSize, 4) : null;
        members.Add(new ArchiveMemberInfo(path, parentPath, depth, entry.CompressedSize, hashes.Size, ratio,
            entry.LastModified, hashes, nestedKind is not null, sortOrder++)
        {
            Metadata = metadata,
            NamedAfterContainer = entry.NamedAfterContainer,
        });

        if (nestedKind is not { } kind)
        {
            return;
        }

        if (spill is null)
        {
            problems.Add(new ArchiveProblem(ArchiveProblemKind.DepthLimit, fullPath,
                $"an archive nested deeper than {limits.MaxDepth} levels: hashed as a whole, not opened"));
            return;
        }

        Enumerate(spill, kind, Path.GetFileName(path), fullPath, depth + 1);
    }

    /// <summary>
    /// Reads a member. A zip member inflated by zlib whose deflate data is invalid is that member's problem alone
    /// (<see cref="MemberRead.Mismatch"/>): zlib stops at the first invalid code, so the outcome is the same on every
    /// scan, and the zip's next member is read from its own offset. Other failures end the archive as before.
    /// </summary>
    private MemberRead ReadMember(ArchiveEntry entry, string fullPath, int depth, long compressedBound)
    {
        if (!entry.InflatedByZlib)
        {
            return Read(entry.Open, entry, fullPath, depth, compressedBound);
        }

        try
        {
            return Read(entry.Open, entry, fullPath, depth, compressedBound);
        }
        catch (InvalidDataException)
        {
            // .NET words every zlib data error as "unsupported compression method", which would mislead.
            return MemberRead.Damaged("damaged: its deflate data is invalid; not recorded");
        }
    }

    private MemberRead Read(Func<Stream> open, ArchiveEntry entry, string fullPath, int depth, long compressedBound)
    {
        using var verifying = new VerifyingStream(open(), fullPath, entry.DeclaredSize, entry.DeclaredCrc);
        using var guarded = new GuardedStream(verifying, guard, fullPath, compressedBound, cancellation);
        var header = ArchiveSignature.ReadHeader(guarded);
        var nestedKind = ArchiveSignature.Detect(header);
        var spill = nestedKind is not null && depth < limits.MaxDepth ? new SpillBuffer(limits.SpillThresholdBytes, limits.TempPath) : null;
        try
        {
            // No more head than the member declares: reading past its declared size fails the member anyway.
            var head = entry.DeclaredSize > 0 ? (int)Math.Min(entry.DeclaredSize, HeadCapture.DefaultCapacity) : HeadCapture.DefaultCapacity;
            var capture = new HeadCapture(new PrefixedStream(header, guarded), head);
            var hashes = ContentHasher.Hash(capture, limits.HashOptions, entry.DeclaredSize > 0 ? entry.DeclaredSize : null, spill, cancellation);
            return new MemberRead(hashes, nestedKind, spill, capture, verifying.Mismatch());
        }
        catch
        {
            spill?.Dispose();
            throw;
        }
    }

    /// <summary>A member read to its end: its digests, what kind of archive it is (if one), its spilled bytes, its head.</summary>
    private sealed class MemberRead(ContentHashes? hashes, ArchiveKind? nestedKind, SpillBuffer? spill, HeadCapture? capture, string? mismatch) : IDisposable
    {
        /// <summary>The member's digests; null when it is <see cref="Damaged"/>.</summary>
        public ContentHashes? Hashes { get; } = hashes;

        public ArchiveKind? NestedKind { get; } = nestedKind;

        public SpillBuffer? Spill { get; } = spill;

        public ReadOnlySpan<byte> Head => capture is null ? default : capture.Head;

        /// <summary>Why the member is not recorded (it failed its declaration, or its data is invalid), or null.</summary>
        public string? Mismatch { get; } = mismatch;

        /// <summary>A member whose data could not be decoded: nothing of it is kept.</summary>
        public static MemberRead Damaged(string reason) => new(null, null, null, null, reason);

        public void Dispose() => Spill?.Dispose();
    }
}
