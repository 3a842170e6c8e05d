namespace RomCurator.Core.Archives;

/// <summary>
/// Counts what one outermost archive expands to (nested archives included) and stops it past the limits.
/// Declared sizes are checked before reading, real byte counts while reading, since headers can lie.
/// </summary>
public sealed class BombGuard(ArchiveLimits limits)
{
    private long expanded;
    private int members;

    /// <summary>A guard with the same limits and nothing counted yet, for reads outside the enumeration (password checks).</summary>
    public BombGuard Detached() => new(limits);

    /// <summary>Bytes counted so far (expanded), to <see cref="RewindTo"/> before a member is read again.</summary>
    public long Expanded => expanded;

    /// <summary>Forgets the bytes counted since <see cref="Expanded"/> was <paramref name="counted"/> (a member read again).</summary>
    public void RewindTo(long counted) => expanded = counted;

    public void CountMember(string path)
    {
        if (++members > limits.MaxMemberCount)
        {
            throw new ArchiveBombException($"more than {limits.MaxMemberCount:N0} members (at '{path}'); enumeration stopped");
        }
    }

    public void CheckDeclared(string path, long declaredSize, long compressedSize)
    {
        if (declaredSize > 0 && expanded + declaredSize > limits.MaxTotalExpandedBytes)
        {
            throw TooBig(path);
        }

        if (compressedSize > 0 && declaredSize > ArchiveLimits.RatioGuardFloorBytes
            && declaredSize / (double)compressedSize > limits.MaxCompressionRatio)
        {
            throw TooDense(path, declaredSize / (double)compressedSize);
        }
    }

    /// <summary>Called as bytes are actually read from a member.</summary>
    public void CountBytes(string path, long bytes, long memberBytesSoFar, long compressedSize)
    {
        expanded += bytes;
        if (expanded > limits.MaxTotalExpandedBytes)
        {
            throw TooBig(path);
        }

        if (compressedSize > 0 && memberBytesSoFar > ArchiveLimits.RatioGuardFloorBytes
            && memberBytesSoFar / (double)compressedSize > limits.MaxCompressionRatio)
        {
            throw TooDense(path, memberBytesSoFar / (double)compressedSize);
        }
    }

    private ArchiveBombException TooBig(string path) =>
        new($"expands to more than {limits.MaxTotalExpandedBytes:N0} bytes (at '{path}'); enumeration stopped");

    private ArchiveBombException TooDense(string path, double ratio) =>
        new($"'{path}' expands {ratio:N0}:1, above the {limits.MaxCompressionRatio:N0}:1 limit; enumeration stopped");
}
