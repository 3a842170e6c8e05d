namespace RomCurator.Core.Discovery;

/// <summary>
/// One thing discovery found under a root: a file (size, modification time) or a problem (unreadable folder,
/// dangling link, symlink loop) with its message. Paths are '/'-separated relative to the root.
/// </summary>
public sealed record WalkEntry(string AbsolutePath, string RelativePath, long Size, DateTime LastWriteUtc, int Depth, string? Problem = null)
{
    public bool IsProblem => Problem is not null;
}
