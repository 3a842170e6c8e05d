namespace RomCurator.Core.Archives;

/// <summary>Why (part of) an archive could not be enumerated.</summary>
public enum ArchiveProblemKind
{
    PasswordRequired,
    Corrupt,
    BombGuard,
    DepthLimit,
    Unsupported,
}
