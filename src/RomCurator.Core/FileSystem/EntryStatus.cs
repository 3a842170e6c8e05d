namespace RomCurator.Core.FileSystem;

/// <summary>What the walker needs of one <c>fstatat</c>: the kind, the size and the modification time.</summary>
public readonly record struct EntryStatus(EntryKind Kind, long Size, long ModifiedSeconds, long ModifiedNanoseconds)
{
    /// <summary>
    /// The modification time as .NET's <c>FileSystemInfo.LastWriteTimeUtc</c> gives it (whole 100 ns ticks, the rest
    /// dropped), so a file's stored time is the same whichever way it was read.
    /// </summary>
    public DateTime LastWriteUtc =>
        DateTimeOffset.FromUnixTimeSeconds(ModifiedSeconds).AddTicks(ModifiedNanoseconds / 100).UtcDateTime;
}
