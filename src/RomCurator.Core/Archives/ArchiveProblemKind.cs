namespace RomCurator.Core.Archives;

/// <summary>Why (part of) an archive could not be enumerated.</summary>
public enum ArchiveProblemKind
{
    PasswordRequired,
    Corrupt,
    BombGuard,
    DepthLimit,
    Unsupported,

    /// <summary>A member was recorded, but its header metadata could not be read (no retry would change that).</summary>
    Metadata,
}
