using RomCurator.Core.FileSystem;

namespace RomCurator.Core.Discovery;

/// <summary>
/// A folder the walk lists: where it is in the root, the real folder it resolves to (no link in it), how deep it is,
/// and the link that led to it (for a folder reached through a symbolic link).
/// </summary>
internal sealed record WalkFolder(RootedPath Path, string RealPath, int Depth, string? LinkTarget = null)
{
    /// <summary>Where it is listed from (through the link when a link led to it), joined once.</summary>
    public string Absolute { get; } = Path.Absolute;
}
