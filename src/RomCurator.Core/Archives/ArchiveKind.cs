namespace RomCurator.Core.Archives;

/// <summary>The container formats RomCurator looks into.</summary>
public enum ArchiveKind
{
    Zip,
    SevenZip,
    Rar,
    Tar,
    GZip,
    BZip2,
    Xz,

    // Compressed disc images (RomCurator.Core.Archives.Discs): their members are the uncompressed tracks or ISO.
    Chd,
    Cso,
    Zso,
    Gcz,
    Rvz,
    Wia,

    /// <summary>An NKit GameCube/Wii image (recognised, not read: it is not the Redump image).</summary>
    Nkit,
}
