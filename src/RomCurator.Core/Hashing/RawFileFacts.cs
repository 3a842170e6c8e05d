namespace RomCurator.Core.Hashing;

/// <summary>What <c>fstat</c> told of an open file: its type, size and modification time (seconds + nanoseconds since 1970).</summary>
public readonly record struct RawFileFacts(bool IsRegular, long Size, long ModifiedSeconds, long ModifiedNanoseconds)
{
    /// <summary>The modification time as .NET reports it (File.GetLastWriteTimeUtc: 100 ns ticks, truncated).</summary>
    public DateTime ModifiedUtc => DateTime.UnixEpoch.AddTicks(ModifiedSeconds * TimeSpan.TicksPerSecond + ModifiedNanoseconds / 100);
}
