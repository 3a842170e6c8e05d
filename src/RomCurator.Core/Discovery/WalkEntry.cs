using RomCurator.Core.FileSystem;

namespace RomCurator.Core.Discovery;

/// <summary>
/// One thing discovery found under a root: a file (size, modification time) or a problem (unreadable folder,
/// dangling link, symlink loop) with its message. <see cref="Path"/> is the root and the '/'-separated path below it
/// (empty for the root itself).
/// </summary>
public sealed record WalkEntry(RootedPath Path, long Size, DateTime LastWriteUtc, int Depth, string? Problem = null)
{
    public bool IsProblem => Problem is not null;
}
