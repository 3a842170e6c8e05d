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
}
